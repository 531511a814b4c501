"""Twelve more development pairs (dev-13 to dev-24), written later by another hand, apart
from the matcher and without the held-out half. build.py adds them after pairs_data.PAIRS."""

PAIRS = [
    {
        "id": "dev-13-mecheng-leakers",
        "kind": "hard",
        "resume": "dev/03_mecheng_pdf_table.pdf",
        "job_description": "Too many of our heat exchangers are failing pressure-decay testing at the end of the line. Halvorsen Thermal builds aluminum radiators, charge-air coolers and battery chillers for commercial-vehicle and EV customers, and over the last year our leaker rate on brazed assemblies has roughly tripled. Every unit that fails is thrown away, and that waste is now our single largest quality cost. We are looking for a Senior Product Engineer who has traced a chronic leakage defect back to its root cause and made it go away for good.\n\nWhat you'll own:\n- Bring our end-of-line leaker rate, and the scrap spend that comes with it, down to where it belongs, working from root cause through design and process changes.\n- Lead the design of new heat exchangers from concept through validation and launch.\n- Own DFMEA and GD&T drawings for your components, and coordinate tooling and PPAP with our suppliers in Mexico and Poland.\n- Plan thermal-cycle, pressure-cycle and vibration testing and write DVP&R reports for customer reviews.\n- Support customer design reviews and engineering change requests.\n- Coach junior engineers as they grow.\n\nWhat you need:\n- BS in mechanical engineering and 6+ years designing thermal-system components for automotive or commercial-vehicle programs.\n- A track record of solving a stubborn manufacturing defect, with the savings to show for it.\n- Strong CAD (Creo, NX or CATIA) and GD&T.\n- Experience with controlled-atmosphere brazing is a strong plus.\n- Willing to travel to supplier plants about 15% of the time.",
        "best_evidence": "Cut brazed-joint leak failures from 2.1% to 0.3% by redesigning the fin pattern and braze fixture, saving $640K a year in scrap.",
        "acceptable": [],
        "why": "The main problem is brazed units failing leak test and being scrapped, and this bullet cut leak failures and scrap cost; the DFMEA/PPAP bullet shares more words with a later duty but says nothing about the defect."
    },
    {
        "id": "dev-14-backend-double-billing",
        "kind": "hard",
        "resume": "dev/13_backend_md.md",
        "job_description": "Some of our shoppers are getting billed twice. Tillpoint runs checkout and payments for 6,500 independent online stores, and when a phone loses signal halfway through paying, the retried request can turn into a second charge on the shopper's card. Each one becomes a support ticket, a refund and sometimes a dispute, and our merchants are running out of patience. We're hiring a Senior Backend Engineer for the Payments Platform team to make sure money moves exactly once, no matter how many times a request reaches us.\n\nIn this role you will:\n- Make our payment endpoints safe to retry from end to end, so a repeated request can never bill a customer a second time.\n- Design, build and operate Go services for authorization, capture, refunds and payouts.\n- Design PostgreSQL schemas and transactions that stay correct under heavy concurrency.\n- Build Kafka consumers for our ledger service, processing thousands of events per second without losing or reordering entries.\n- Take part in on-call and write clear incident reviews.\n- Review code and mentor other engineers.\n\nYou have:\n- 6+ years building backend systems, including at least 2 in Go.\n- Deep knowledge of PostgreSQL, transactions and isolation levels.\n- Hands-on experience with Kafka or a similar event log.\n- Payments, banking or other money-movement experience.\n- A record of fixing correctness problems in high-volume financial systems, not only making them faster.\n- Able to work from our New York office two days a week.",
        "best_evidence": "Designed the idempotency layer that eliminated duplicate charges across 30M monthly transactions.",
        "acceptable": [],
        "why": "The main problem is customers charged twice on retried requests, and this bullet's idempotency layer eliminated duplicate charges at volume; the Kafka ledger bullet shares more words with a later duty but does not address double billing."
    },
    {
        "id": "dev-15-chef-food-cost",
        "kind": "hard",
        "resume": "dev/20_chef_txt.txt",
        "job_description": "Our plates cost too much to make, and it has been getting worse for two years. Bayou Hearth is a 120-seat Creole and Cajun restaurant in Lafayette with a busy private-dining side. Guests love the food; our margins don't. Ingredient spend is sitting around 36% of sales, and the owners need it back near 29% without shrinking portions or buying cheaper seafood. We're looking for an Executive Chef who has pulled that off before.\n\nThe job:\n- Get our cost of goods back under control: purchasing, yields, portioning, waste and pricing of every dish.\n- Write seasonal menus around Gulf seafood and local farms.\n- Lead a kitchen team of about 20 and help cooks grow with us.\n- Run daily operations for the dining room and the kitchen, and grow our private events program for parties of up to 300 guests.\n- Keep the kitchen clean, safe and inspection-ready.\n- Work with the GM on labor scheduling and the weekly P&L review.\n\nWhat we're looking for:\n- 8+ years in full-service kitchens, with at least 3 as executive chef or chef de cuisine.\n- Proven results on cost of goods: show us the before and after.\n- Comfortable breaking down whole fish and primals in house.\n- ServSafe Manager certification.\n- Experience running high-volume private events.\n- Weekend and holiday availability.",
        "best_evidence": "Brought food cost from 34% down to 28.5% through whole-animal butchery, tighter ordering and menu engineering.",
        "acceptable": [],
        "why": "The main problem is high ingredient cost as a share of sales, and this bullet cut food cost from 34% to 28.5%; the daily-operations and private-events bullet shares more words with a later duty but says nothing about cost."
    },
    {
        "id": "dev-16-finanalyst-forecast",
        "kind": "hard",
        "resume": "dev/04_finanalyst_pdf_smallcaps.pdf",
        "job_description": "Our projections keep missing. Brightmoor Money is a UK consumer-lending fintech with 400,000 customers, and over the past year our top-line outlook has been out by close to 10% in most months, which makes cash planning and board conversations much harder than they should be. We are hiring a Senior FP&A Analyst to turn our outlook into something the business can actually plan around.\n\nWhat you'll be doing\n- Rebuild our income projections so that actuals land close to plan, linking them to what really moves the business: applications, approval rates, loan balances and arrears.\n- Produce the monthly management accounts pack for the CFO and help own the opex budget across our business units.\n- Support the annual budget and the quarterly reforecast.\n- Prepare investor and board materials, including for our next funding round.\n- Partner with commercial and credit-risk teams on pricing and product business cases.\n- Automate recurring reporting with SQL.\n\nAbout you\n- 5+ years in FP&A, ideally in fintech or financial services.\n- ACA, ACCA or CIMA qualified, or a finalist.\n- Advanced Excel and hands-on experience with a planning tool such as Anaplan, Adaptive or Pigment.\n- A track record of materially improving the accuracy of a plan or outlook.\n- Confident presenting to senior leaders.\n- Hybrid: three days a week in our Shoreditch office.",
        "best_evidence": "Built a driver-based revenue model in Anaplan that cut forecast variance from ±9% to ±3%.",
        "acceptable": [],
        "why": "The main problem is an inaccurate revenue outlook, and this bullet cut forecast variance from ±9% to ±3% with a driver-based model; the opex budget and management-pack bullet shares more words with a later duty but does not improve accuracy."
    },
    {
        "id": "dev-17-designer-checkin",
        "kind": "about",
        "resume": "dev/09_designer_pdf_twocol.pdf",
        "job_description": "About Harborview Family Medicine: We're a group of 38 primary-care and pediatric clinics across the Puget Sound region, and we're building our own patient app in-house. Most patients now try to do their pre-arrival registration on their phones, and a large share abandon it partway through. The ones who give up phone our reception staff instead, so our clinic teams spend their mornings on hold lines rather than with the people standing in front of them. We want a Senior Product Designer who has turned around exactly this kind of mobile experience.\n\nWhat you'll do\n- Own end-to-end design for our patient-facing app: appointment booking, pre-visit forms, payments and messaging.\n- Run usability research with patients, including older adults and people who use screen readers.\n- Contribute to and help maintain our design system alongside front-end engineers.\n- Partner with product managers, engineers and clinic operations leaders on priorities.\n- Design for accessibility (WCAG 2.1 AA) from the first sketch.\n- Present work clearly to clinical and non-clinical stakeholders.\n\nWhat you bring\n- 6+ years of product design experience, including shipped mobile work.\n- Healthcare, insurance or other regulated-industry experience preferred.\n- Strong interaction design and prototyping skills in Figma.\n- Experience planning and running moderated usability studies.\n- A portfolio that shows outcomes, not just screens.\n- Based in the Seattle area, hybrid two days a week.",
        "best_evidence": "Redesigned the mobile check-in flow; completion rose from 61% to 89% and front-desk calls dropped 27%.",
        "acceptable": [],
        "why": "The about paragraph's need is patients abandoning mobile pre-arrival registration and calling reception, and this bullet raised mobile check-in completion and cut front-desk calls."
    },
    {
        "id": "dev-18-electrician-safety",
        "kind": "about",
        "resume": "dev/14_electrician_txt.txt",
        "job_description": "About us: Great Basin Industrial Electric is a contractor serving mines, data centers and food plants across northern Nevada. Our work is good and our clients come back, but last year two of our people were hurt badly enough to miss work, and our mining customers have told us plainly that another lost-time incident puts our contracts at risk. We are hiring a foreman whose crews go home in one piece, every day, and who can prove it.\n\nDuties\n- Lead crews of 5 to 10 journeymen and apprentices on industrial new-build and retrofit projects.\n- Lay out and install conduit, cable tray, MCCs, panels and lighting per the drawings and the NEC.\n- Troubleshoot motor controls, VFDs and Allen-Bradley PLCs during startup and commissioning for our manufacturing customers.\n- Plan the week's work with the project manager and order material ahead of need.\n- Keep the job on schedule and the site organized.\n- Mentor apprentices and sign off their hours.\n\nRequirements\n- Nevada journeyman electrician card.\n- 8+ years in commercial or industrial electrical work, with 2+ as a foreman.\n- OSHA 30 and MSHA training, or willingness to complete MSHA within 60 days.\n- Experience with Siemens controls a plus.\n- Valid driver's license; travel to remote sites required.",
        "best_evidence": "No recordable injuries on my crews in 5 years.",
        "acceptable": [],
        "why": "The about paragraph's need is a foreman who keeps crews free of injuries after two lost-time incidents, and this bullet shows five years without a recordable injury; the PLC troubleshooting bullet matches a duty's words but not the need."
    },
    {
        "id": "dev-19-paralegal-calendaring",
        "kind": "about",
        "resume": "dev/16_paralegal_docx_plain.docx",
        "job_description": "Ashby Coleman LLP is a 40-lawyer litigation boutique in Charlotte handling commercial, construction and insurance coverage disputes. Last year a response date slipped past us in one of our cases and led to a sanctions motion, and we learned afterwards that every team had been tracking court dates its own way. We're looking for a senior litigation paralegal who can help us put one reliable calendaring practice in place across the whole group, and who will be a strong case paralegal along the way.\n\nResponsibilities\n- Support two or three partners and their associates on an active docket of commercial cases.\n- Draft discovery requests and responses, subpoenas and deposition notices for attorney review.\n- Manage document collections, review sets and productions in Relativity, including privilege logs.\n- Prepare trial notebooks, exhibit lists and witness binders.\n- Summarize deposition transcripts and technical records.\n- Coordinate with vendors, court reporters and opposing counsel's staff.\n\nQualifications\n- 7+ years as a litigation paralegal at a law firm or corporate legal department.\n- NALA CP or NC State Bar paralegal certification preferred.\n- Working knowledge of North Carolina and federal civil procedure.\n- Hands-on experience with Relativity and a calendaring system such as CompuLaw or Aderant.\n- Calm under pressure, with excellent attention to detail.\n- In the Charlotte office four days a week.",
        "best_evidence": "Built a deadline docketing checklist that the firm adopted for all litigation staff.",
        "acceptable": [],
        "why": "The about paragraph's need is one reliable way to track court dates after a missed deadline, and this bullet built a docketing checklist the whole firm adopted; the Relativity productions bullet matches a duty but not the need."
    },
    {
        "id": "dev-20-ea-offsite",
        "kind": "about",
        "resume": "dev/22_ea_docx_header.docx",
        "job_description": "About Fernhill: Fernhill is a 300-person climate-data company headquartered in Bristol, with teams in Edinburgh, Amsterdam and Toronto. Next spring, for the first time since 2019, we are bringing everyone together in person for three days somewhere in southern Europe, and we need someone who has pulled off a gathering of that size abroad without the costs running away. Getting that right will take up a good part of your first six months; the rest of the role is classic executive support.\n\nThe role\n- Manage the CEO's calendar across several time zones, protecting focus time and prioritising requests.\n- Prepare board and committee papers, take minutes and follow up on actions.\n- Organise domestic and international travel, visas and expenses.\n- Act as gatekeeper and first point of contact for investors, customers and partners.\n- Coordinate the weekly leadership team meeting and quarterly planning sessions.\n- Handle confidential information with discretion.\n\nAbout you\n- 7+ years as an executive assistant supporting a CEO or founder, ideally in tech or professional services.\n- Expert with Microsoft 365 or Google Workspace, and quick to learn new tools.\n- Exceptional organisation, and the judgement to know what matters most.\n- Clear, warm written communication.\n- Hybrid: three days a week in our Bristol office.",
        "best_evidence": "Organised a 250-person company offsite in Lisbon, delivered 12% under budget.",
        "acceptable": [],
        "why": "The about paragraph's need is someone who has run a large all-company gathering abroad within budget, and this bullet ran a 250-person offsite in Lisbon 12% under budget."
    },
    {
        "id": "dev-21-pharmacist-anticoag",
        "kind": "repeated",
        "resume": "dev/19_pharmacist_pdf_table.pdf",
        "job_description": "About Mesa Verde Health: We are a 350-bed community hospital in Riverside County with a growing network of outpatient clinics. Our pharmacy department is launching an outpatient anticoagulation service so that patients on vitamin K antagonists get closer follow-up than a busy primary-care visit allows.\n\nResponsibilities\n- Manage outpatient anticoagulation under a collaborative practice agreement: INR checks, dose adjustments and patient follow-up.\n- Improve INR control across our anticoagulated patient panel and report it as the service's main quality measure.\n- Educate patients on diet, drug interactions and bleeding risk, in person and by phone.\n- Transition appropriate patients to DOACs in partnership with prescribers.\n- Cover inpatient order verification shifts when needed.\n- Precept PGY1 residents and pharmacy students.\n\nRequirements\n- PharmD and an active California pharmacist license; APh preferred.\n- 3+ years of clinical pharmacy experience in a hospital or ambulatory setting.\n- Demonstrated success running or improving an anticoagulation clinic, with measurable outcomes such as TTR.\n- BCPS or BCACP preferred.\n- Strong communication with patients, physicians and nurses.\n- Spanish language skills a plus.",
        "best_evidence": "Run the pharmacist-led warfarin clinic; patients' time in therapeutic range rose from 58% to 71%.",
        "acceptable": [],
        "why": "Anticoagulation management and INR control recur in the intro, responsibilities and requirements, and this bullet runs a warfarin clinic and raised time in therapeutic range."
    },
    {
        "id": "dev-22-pt-completion",
        "kind": "repeated",
        "resume": "dev/21_pt_pdf_onecol.pdf",
        "job_description": "About Ridgeline Physical Therapy: We are a therapist-owned outpatient practice with six clinics around Milwaukee. Our clinicians are excellent, but too many of our patients stop coming before they finish treatment: they feel a little better, skip a visit or two, and we never see them again.\n\nWhat you'll do\n- Evaluate and treat outpatient orthopedic and sports patients, typically 11 to 14 a day.\n- Keep patients engaged through their full course of treatment, with clear goals, home exercise programs and follow-up when they miss an appointment.\n- Design return-to-sport progressions for post-operative ACL, shoulder and ankle patients.\n- Document in our EMR in a timely, defensible way.\n- Help the front desk track cancellations and no-shows and reach out to patients who drop off the schedule.\n- Mentor PT students during clinical rotations.\n\nWhat you'll need\n- DPT or MPT and a Wisconsin PT license, or eligibility.\n- 3+ years of outpatient orthopedic experience.\n- Evidence that your patients see their treatment through to discharge, along with strong satisfaction scores.\n- Manual therapy skills; OCS or SCS certification a plus.\n- Warm communication with patients of all ages.\n- Weekday schedule with one evening a week.",
        "best_evidence": "Kept a 96% plan-of-care completion rate and a 4.9/5 patient satisfaction score.",
        "acceptable": [],
        "why": "Patients dropping out before finishing treatment recurs in the intro, duties and requirements, and this bullet shows a 96% plan-of-care completion rate."
    },
    {
        "id": "dev-23-nurse-newgrad-retention",
        "kind": "repeated",
        "resume": "dev/01_nurse_pdf_twocol.pdf",
        "job_description": "About us: Riverside Regional Medical Center is a Magnet-designated hospital in Providence. Our 30-bed telemetry unit hires a lot of newly licensed nurses, and too many of them leave us before their first anniversary. We're hiring an experienced RN who will be a strong bedside nurse and a committed preceptor.\n\nResponsibilities\n- Provide care for 4 to 5 telemetry patients per shift, including cardiac infusions and continuous monitoring, charted in Epic.\n- Serve as a primary preceptor for new grads, guiding them from their first shifts until they are confident enough to stay and grow on the unit.\n- Partner with the nurse educator on our residency program and meet with new nurses at 3, 6 and 12 months.\n- Take charge nurse shifts, making assignments and supporting the team.\n- Teach patients and families about cardiac medications and discharge plans.\n- Participate in shared governance.\n\nRequirements\n- Active Rhode Island RN license or a compact license.\n- 3+ years of acute-care nursing; telemetry or step-down preferred.\n- BLS and ACLS; PCCN a plus.\n- Precepting experience, with a record of helping new graduates settle in and stay.\n- BSN preferred.\n- 12-hour shifts, including every third weekend.",
        "best_evidence": "Precepted 11 new-graduate nurses through orientation, with 100% still on the unit after one year.",
        "acceptable": [],
        "why": "Keeping newly licensed nurses past their first year recurs in the intro, responsibilities and requirements, and this bullet shows 11 precepted new graduates all still on the unit after a year."
    },
    {
        "id": "dev-24-constructionpm-schedule",
        "kind": "repeated",
        "resume": "dev/15_constructionpm_docx_textbox.docx",
        "job_description": "About Cutler & Reyes Builders: We're a general contractor building mid-rise multifamily and mixed-use projects across the Front Range, typically $30-90M. Our work is well regarded, but our jobs have been finishing late: three of our last four buildings turned over after their contract dates, and owners have noticed.\n\nWhat you'll do\n- Own the schedule on one or two active projects, and pull late-running work back on track by re-planning the order of work and adding manpower where it pays off.\n- Build and update the CPM schedule with the superintendent and hold trade partners to weekly look-aheads.\n- Manage subcontractors, buyout and change orders.\n- Run OAC meetings and give owners honest, early warning of any delay.\n- Process RFIs and submittals in Procore.\n- Close out projects with complete punch lists and O&M manuals.\n\nWhat we're looking for\n- 8+ years in construction project management, with wood-frame or podium multifamily experience.\n- A record of rescuing a project that had fallen behind and handing buildings over on time.\n- Strong command of P6 or MS Project.\n- Procore experience.\n- Bachelor's in construction management, engineering or a related field.\n- Based in Denver or Colorado Springs.",
        "best_evidence": "Recovered a 6-week schedule slip on a 180-unit building through resequencing and a second framing crew.",
        "acceptable": [
            "Delivered a $48M, 6-story medical office building 5 weeks early and 2.1% under budget."
        ],
        "why": "Late-finishing projects recur across the intro, duties and requirements, and this bullet recovered a 6-week slip on a multifamily building; delivering a building 5 weeks early is nearly as good."
    }
]
