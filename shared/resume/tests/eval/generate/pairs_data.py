"""Job-description / resume pairs.  kind: "hard" = the posting names its main
problem first and repeats it as the first responsibility, while a later
responsibility shares more words with a different (non-answering) bullet;
"about" = the main need is stated once in the about paragraph;
"repeated" = the main need recurs across requirements."""

PAIRS = [
# ------------------------------------------------------------------ dev
dict(id="dev-01-nurse-falls", kind="about", resume="dev/01_nurse_pdf_twocol.pdf",
     job_description="""About us: Northshore General is a 420-bed teaching hospital, and our Cardiac Progressive Care Unit cares for post-PCI, heart-failure and arrhythmia patients. Our unit's biggest quality problem this year is patient falls: our fall rate is above the national benchmark and we are looking for experienced nurses who have helped a unit bring it down.

Responsibilities:
- Provide direct care for 4–5 progressive-care patients per shift, including continuous telemetry monitoring and titration of cardiac infusions.
- Complete assessments, care plans and documentation in Epic.
- Educate patients and families on heart-failure self-management and discharge medications.
- Take charge nurse shifts on a rotating basis and support bed flow with the house supervisor.
- Precept new graduates and nurses transferring from other units.
- Participate in unit practice council and quality improvement work.

Requirements:
- Active RN license in Massachusetts or a compact state.
- 2+ years of acute-care nursing experience; cardiac or step-down preferred.
- BLS and ACLS required; PCCN preferred.
- BSN required or completed within 5 years of hire.
- Comfortable with 12-hour shifts, including nights, weekends and holidays.""",
     best_evidence="Led a falls-prevention huddle and hourly-rounding pilot that cut patient falls on the unit by 41% in 12 months.",
     acceptable=[],
     why="The about paragraph names falls as the unit's main problem, and this bullet reports a measured fall reduction."),
dict(id="dev-02-teacher-ap", kind="repeated", resume="dev/02_teacher_txt.txt",
     job_description="""About Lakefront Scholars Academy: We are an open-enrollment public charter high school on Chicago's South Side serving 640 students. We believe every student can succeed in college-level science, and we have opened AP courses to all students.

What you'll do:
- Teach four sections of Chemistry and one section of AP Chemistry.
- Design lab-based units aligned to NGSS, with supports for English learners and students with IEPs.
- Raise AP Chemistry exam results: our pass rate has been below 30% and we want it to climb while enrollment stays open.
- Use assessment data each week to reteach and regroup students.
- Collaborate with the science team in weekly planning meetings.
- Build relationships with families and communicate progress regularly.

What you bring:
- Illinois Professional Educator License with a chemistry or physical science endorsement.
- At least 3 years teaching high-school chemistry.
- A track record of improving AP or end-of-course exam outcomes for students who were new to advanced coursework.
- Experience teaching AP Chemistry, or readiness to attend an AP Summer Institute.
- Comfort with Google Classroom and lab probeware.
- Commitment to raising AP pass rates without restricting who can enroll.""",
     best_evidence="Raised the AP Chemistry pass rate from 31% to 58% over three years by adding Saturday review labs and weekly retrieval quizzes.",
     acceptable=[],
     why="The posting repeats that it wants AP Chemistry pass rates raised with open enrollment, which this bullet shows directly."),
dict(id="dev-03-accountant-close", kind="about", resume="dev/05_accountant_docx_table.docx",
     job_description="""About the role: Cedar Point Health is a fast-growing network of outpatient surgery centers. Our accounting team is strong, but our month-end close takes almost three weeks, and leadership wants timely numbers. We are hiring a Senior Accountant who has made a slow close fast and kept it accurate.

Responsibilities:
- Own a set of general ledger areas, including prepaid expenses, fixed assets, leases and accruals.
- Prepare and review balance-sheet account reconciliations.
- Prepare journal entries and supporting schedules.
- Support revenue recognition under ASC 606 for facility and professional fees.
- Support quarterly reviews and the annual audit, preparing PBC schedules.
- Help maintain SOX-style internal controls as we prepare for a possible IPO.
- Document processes and train staff accountants.

Qualifications:
- Bachelor's degree in accounting; CPA strongly preferred.
- 5+ years of accounting experience, with public accounting experience a plus.
- Strong knowledge of US GAAP, including ASC 842.
- Experience with NetSuite and BlackLine or similar close tools.
- Advanced Excel skills.
- Healthcare experience is a plus.""",
     best_evidence="Cut the month-end close from 10 business days to 5 business days by rebuilding the close calendar and task ownership.",
     acceptable=["Moved 120+ balance-sheet reconciliations from spreadsheets into BlackLine with documented review steps."],
     why="The company's stated problem is a slow close, and this bullet halves the close time."),
dict(id="dev-04-ae-cycle", kind="hard", resume="dev/06_ae_pdf_onecol.pdf",
     job_description="""Our deals take too long to close. Spendwell sells spend-management software to mid-market finance teams, and buyers love our demos, but our opportunities sit for months between a technical win and a signature while legal, IT and procurement catch up. We need an Account Executive who can get complex, multi-stakeholder deals across the line faster.

Responsibilities:
- Get stalled, multi-stakeholder opportunities to signature faster by planning the buying process jointly with the customer.
- Own the full sales cycle for mid-market accounts from discovery through negotiation.
- Forecast accurately in Salesforce and Clari.
- Work with solutions engineers on demos, security reviews and pilots.
- Build outbound sequences in Outreach targeting CFO and finance buyers to source your own pipeline, with a strong reply rate.
- Share feedback from prospects with product and marketing.

Requirements:
- 4+ years of closing experience in B2B SaaS, with at least 2 years selling to mid-market companies.
- A track record of exceeding quota.
- Experience with MEDDICC or a similar qualification method.
- Experience selling to finance leaders.
- Comfortable working from our Atlanta office three days a week.""",
     best_evidence="Shortened my average sales cycle from 94 days to 67 days by running mutual action plans with finance and IT buyers.",
     acceptable=[],
     why="The main problem is deals taking too long, and this bullet shows a measured shorter sales cycle; the Outreach bullet matches the later outbound responsibility's words but not the main problem."),
dict(id="dev-05-csm-churn", kind="hard", resume="dev/07_csm_md.md",
     job_description="""Customers are leaving us at renewal. Routewise makes routing and dispatch software for regional carriers, and our product is sticky once it's in use, but too many enterprise customers quietly stop using it and then do not renew. We need a Senior CSM who can spot the drift early and win those accounts back.

Responsibilities:
- Keep enterprise customers from churning: find at-risk accounts early and turn them around before the renewal date.
- Own a book of about 40 enterprise accounts, acting as their main point of contact after onboarding.
- Drive expansion with account executives where customers see value.
- Run quarterly business reviews and executive business reviews for enterprise stakeholders, building QBR decks and success plans in Gainsight.
- Partner with Support and Product on escalations.
- Keep health scores and renewal forecasts accurate.

Requirements:
- 5+ years in customer success or account management for B2B SaaS.
- Experience managing enterprise customers with multiple stakeholders.
- A track record of improving retention.
- Experience with Gainsight or a similar CS platform and Salesforce.
- Logistics or supply-chain software experience is a plus.
- Able to travel to customer sites about 20% of the time.""",
     best_evidence="Turned around 23 at-risk accounts worth $3.1M ARR; 19 of 23 renewed, lifting gross retention from 84% to 93%.",
     acceptable=[],
     why="The posting's main problem is churn at renewal, and this bullet turns around at-risk accounts with a retention metric; the QBR bullet shares more words with a later duty."),
dict(id="dev-06-growth-cac", kind="about", resume="dev/08_growth_docx_header.docx",
     job_description="""About us: Stillwater is a meditation and sleep app with 2 million downloads. Our paid acquisition has scaled well, but our customer acquisition cost has risen every quarter for a year and our payback window is now too long. We are hiring a Growth Marketing Manager to lead paid acquisition.

What you will do:
- Own paid acquisition across Meta, TikTok, Google and Apple Search Ads.
- Plan and manage a multi-million dollar annual budget and weekly pacing.
- Design experiments for creative, audiences and landing pages.
- Work with our data analyst on attribution, including MMP data and incrementality tests.
- Partner with the lifecycle team on onboarding and trial conversion.
- Manage our creative agency and freelance designers.
- Report results to the leadership team each month.

What we are looking for:
- 5+ years in performance marketing for consumer apps, ideally subscription apps.
- Hands-on experience with Meta Ads Manager, Google Ads and Apple Search Ads.
- Working knowledge of AppsFlyer or another MMP.
- Comfort with SQL and Amplitude.
- Experience managing budgets above $5M a year.
- Clear writing and a habit of sharing what did not work.""",
     best_evidence="Lowered blended CAC by 32% in 9 months by moving spend to incrementality-tested channels and killing 11 campaigns that only looked good in last-click.",
     acceptable=[],
     why="The about paragraph names rising acquisition cost as the problem, and this bullet reports a 32% CAC reduction."),
dict(id="dev-07-pm-activation", kind="repeated", resume="dev/10_pm_md.md",
     job_description="""About Ledgerbee: Ledgerbee helps small retailers in India send GST invoices and collect payments from their phones. We have strong signup numbers, and now we are focused on what happens in the first week.

Responsibilities:
- Own the onboarding and activation area for new merchants.
- Increase the share of new merchants who reach first value (their first paid invoice) in week one.
- Run discovery interviews with merchants in Hindi, Tamil and English markets through our research team.
- Write clear PRDs and work daily with a squad of engineers and a designer.
- Design and analyse A/B tests with the analytics team.
- Align stakeholders in sales, support and marketing on the roadmap.

Requirements:
- 5+ years of product management experience in B2B SaaS or fintech.
- Proven record of improving activation or onboarding conversion for self-serve products.
- Strong SQL and experience with Amplitude or Mixpanel.
- Experience with small-business customers in India.
- You measure success by activation, not by features shipped.
- Comfortable working in Bengaluru with occasional travel to merchant markets.""",
     best_evidence="Raised week-1 activation from 22% to 37% by replacing a 9-step setup wizard with a guided first invoice.",
     acceptable=[],
     why="Activation in the first week is repeated across responsibilities and requirements, and this bullet raises week-1 activation."),
dict(id="dev-08-ds-forecast", kind="about", resume="dev/11_ds_pdf_onecol.pdf",
     job_description="""About the team: FreshCart operates 210 grocery stores across Texas and Oklahoma. Our store ordering relies on a forecasting system that is inaccurate for fresh categories, so we both run out of produce and throw too much of it away. We are building a Data Science team to fix demand forecasting, and this is the first senior hire.

What you'll do:
- Build and maintain machine learning models in Python and SQL.
- Partner with merchandising, supply chain and store operations to understand their decisions.
- Design experiments to measure the effect of promotions and price changes.
- Productionize models using Airflow and our cloud ML platform, with monitoring.
- Present findings clearly to business leaders.
- Mentor analysts moving into data science.

Qualifications:
- MS or PhD in statistics, computer science, operations research or a similar field, or equivalent experience.
- 4+ years of industry data science experience.
- Strong Python and SQL.
- Experience with Snowflake or Databricks.
- Retail, grocery or marketplace experience preferred.
- Experience deploying models to production and keeping them running.""",
     best_evidence="Rebuilt store-item demand forecasting for 340 stores, reducing forecast error (WAPE) from 31% to 22% and cutting fresh-food waste by $4.6M a year.",
     acceptable=[],
     why="The about paragraph's need is better fresh demand forecasting, and this bullet cut forecast error and fresh waste."),
dict(id="dev-09-devops-incidents", kind="hard", resume="dev/12_devops_txt.txt",
     job_description="""Our on-call engineers are burning out. Haulbase runs the booking platform for 3,000 UK hauliers, and over the past year we have had too many serious outages that take hours to recover from. We are hiring a Senior SRE to make production calmer: fewer incidents, faster recovery.

Responsibilities:
- Reduce the number and length of production outages, and make recovery fast when they happen.
- Define SLOs with product teams and build alerting that pages only for real problems.
- Lead incident response and run blameless reviews.
- Manage our Kubernetes clusters with Terraform and Helm, and build CI/CD pipelines in GitHub Actions and ArgoCD for our services.
- Improve observability with Prometheus, Grafana and Datadog.
- Help control our AWS costs.

Requirements:
- 5+ years in SRE, DevOps or platform roles.
- Production Kubernetes experience at scale.
- Strong Terraform and AWS.
- Coding ability in Go or Python.
- Experience running an on-call rotation.
- Based in or near Manchester with two office days a week.""",
     best_evidence="Cut mean time to recovery from 4 hours to 38 minutes and Sev-1 incidents by 60% by introducing SLOs, runbooks and blameless postmortems.",
     acceptable=[],
     why="The main problem is frequent, slow-to-recover outages, and this bullet cuts MTTR and Sev-1 incidents; the Kubernetes bullet only matches the later tooling duty."),
dict(id="dev-10-backend-latency", kind="repeated", resume="dev/13_backend_md.md",
     job_description="""About Clearpay Labs: We build the payments API behind 4,000 online merchants. Merchants tell us our authorization calls are too slow at busy times, and we are hiring a Senior Backend Engineer to join the Core Payments team.

Responsibilities:
- Design, build and operate Go services for authorization, capture and refunds.
- Profile and reduce API latency, especially tail latency at peak traffic.
- Design PostgreSQL schemas and queries that stay fast as volume grows.
- Build event-driven pipelines with Kafka for the ledger and reporting.
- Participate in on-call and incident reviews.
- Mentor engineers through code review and pairing.

Requirements:
- 6+ years of backend engineering experience, with at least 2 in Go.
- Deep PostgreSQL experience: indexing, query plans, connection pooling.
- Track record of cutting p99 latency in high-traffic APIs.
- Experience with Redis caching and Kafka.
- Payments or fintech experience preferred.
- Experience running services on Kubernetes in AWS.""",
     best_evidence="Cut p99 latency of the payments authorization API from 850 ms to 120 ms by removing N+1 queries, adding Redis caching and tuning PostgreSQL indexes.",
     acceptable=[],
     why="API latency is repeated in the intro, responsibilities and requirements, and this bullet cut p99 latency of a payments authorization API."),
dict(id="dev-11-hr-turnover", kind="about", resume="dev/17_hr_pdf_allcaps.pdf",
     job_description="""About us: Golden State Cold Storage runs four temperature-controlled warehouses in the Bay Area and Central Valley. We employ about 700 hourly associates, and too many of our new hires leave in their first three months. We need an HR Generalist who understands hourly workforces and can help us keep the people we hire.

Responsibilities:
- Serve as the HR point of contact for warehouse managers and associates at two sites.
- Run new-hire orientation and coordinate onboarding with operations.
- Investigate employee relations concerns and recommend outcomes.
- Administer leaves of absence under FMLA, CFRA and ADA.
- Support open enrollment and answer benefits questions.
- Maintain employee records in our HRIS and produce monthly HR reports.
- Keep policies compliant with California wage and hour law.

Qualifications:
- 4+ years of HR generalist experience, ideally in warehousing, logistics or manufacturing.
- Working knowledge of California employment law.
- Experience with Workday or ADP.
- SHRM-CP or PHR preferred.
- Bilingual in English and Spanish or Vietnamese is a plus.
- Willing to travel between sites weekly.""",
     best_evidence="Reduced first-90-day turnover from 48% to 29% by rebuilding onboarding and adding 30-day check-ins with new hires.",
     acceptable=[],
     why="The about paragraph states early turnover of new hires as the need, and this bullet reduced first-90-day turnover."),
dict(id="dev-12-supply-stockouts", kind="hard", resume="dev/18_supply_docx_table.docx",
     job_description="""Our shelves are empty on the products customers want most. Sunbelt Home Supply runs 85 home-improvement stores, and our best sellers go out of stock far too often while slow movers pile up in the back room. We are hiring an Inventory Planning Manager to keep our top items in stock without adding inventory.

Responsibilities:
- Stop stockouts on our highest-volume items by fixing how we plan and replenish them.
- Lead a team of inventory planners and analysts.
- Run the monthly S&OP process with merchandising, finance and operations.
- Work with suppliers on lead times, order minimums and vendor compliance.
- Build and maintain dashboards in Power BI and SQL to track supplier on-time delivery and inventory KPIs.
- Manage inventory investment targets with finance.

Requirements:
- 7+ years in inventory planning or supply chain for retail or distribution.
- Experience with Blue Yonder, SAP APO or a similar planning system.
- Strong Excel and SQL; Power BI preferred.
- Experience managing people.
- APICS CPIM or CSCP preferred.
- Based in Memphis or willing to relocate.""",
     best_evidence="Raised fill rate on 1,200 A-class SKUs from 91% to 98.5% by resetting safety stock and reorder points by store cluster.",
     acceptable=[],
     why="The main problem is stockouts of top items, and this bullet raised fill rate on A-class SKUs; the dashboard bullet only shares words with a later duty."),
# ------------------------------------------------------------------ holdout
dict(id="ho-01-nurse-sepsis", kind="about", resume="holdout/23_nurse_docx_header.docx",
     job_description="""About us: Lone Star Regional Medical Center is a Level II trauma center with an adult emergency department that sees 80,000 patients a year. Our sepsis care has fallen behind: too many septic patients wait too long for antibiotics, and our bundle compliance is below the state average. We are hiring experienced emergency nurses to help us change that.

Responsibilities:
- Triage patients using the Emergency Severity Index.
- Provide care for critically ill and injured adults and children.
- Start IV access, give medications and assist with procedures and resuscitations.
- Document care in Epic.
- Take relief charge shifts and help manage patient flow.
- Teach and support newer nurses.
- Participate in ED quality committees.

Requirements:
- Active Texas or compact RN license.
- 3+ years of emergency department experience.
- BLS, ACLS, PALS and TNCC required; CEN preferred.
- Experience in a high-volume or trauma ED.
- Able to work 12-hour night shifts and weekends.""",
     best_evidence="Championed the ED sepsis screening workflow; compliance with the sepsis bundle rose from 62% to 88% and median time to antibiotics fell to 52 minutes.",
     acceptable=[],
     why="The about paragraph says sepsis bundle compliance and time to antibiotics are the problem, and this bullet improved both."),
dict(id="ho-02-finanalyst-forecast", kind="repeated", resume="holdout/26_finanalyst_txt.txt",
     job_description="""About the company: Playhouse is a subscription streaming service for kids and families. Our revenue is growing, but our quarterly forecasts have missed by wide margins, which has cost us credibility with the board.

What you'll do:
- Own the revenue forecast and make it accurate enough to plan against.
- Build driver-based models for subscriber growth, churn and pricing.
- Lead monthly variance analysis with budget owners.
- Prepare materials for the board and executive team.
- Partner with data engineering to automate reporting in SQL and Looker.
- Support planning for content spend.

What you bring:
- 4+ years in FP&A, investment banking or corporate finance.
- A track record of improving forecast accuracy for a subscription or recurring-revenue business.
- Excellent Excel modeling skills; experience with Adaptive Insights or Anaplan.
- SQL skills.
- Comfort presenting to senior leaders.
- Experience in media or SaaS is a plus.
- You care about forecasts that hold up quarter after quarter.""",
     best_evidence="Improved quarterly revenue forecast accuracy from ±7% to ±2% by rebuilding the churn and pricing drivers with the data team.",
     acceptable=[],
     why="Forecast accuracy is repeated in the intro, first duty and requirements, and this bullet shows a measured accuracy gain."),
dict(id="ho-03-ae-newlogo", kind="repeated", resume="holdout/28_ae_docx_textbox.docx",
     job_description="""About Carepath: Carepath builds nurse staffing and scheduling software for hospitals. We have strong customers on the East Coast and are opening the Mountain West, where we have no customers yet.

Responsibilities:
- Win new health-system logos in a greenfield territory covering Colorado, Utah, Arizona and New Mexico.
- Build territory plans and prospect into CNOs, CFOs and CHROs.
- Lead complex evaluations with clinical, IT, finance and procurement stakeholders.
- Respond to RFPs with our solutions team.
- Forecast accurately in Salesforce.
- Partner with marketing on regional events.

Requirements:
- 5+ years of closing experience selling software to hospitals or health systems.
- A track record of opening a new territory and landing first customers.
- Consistent quota attainment, with deals above $250K.
- Experience with MEDDPICC or similar.
- Based in Denver or Phoenix; travel up to 40%.
- New logo hunters only: this is not an account management role.""",
     best_evidence="Won 9 new health-system logos in a territory with no prior customers, including a 12-hospital system.",
     acceptable=["Closed $4.1M in new bookings in 2023 (128% of quota) selling to hospital CFOs and CNOs."],
     why="Winning first logos in an empty territory is repeated throughout the posting, and this bullet is exactly that."),
dict(id="ho-04-csm-adoption", kind="hard", resume="holdout/29_csm_pdf_twocol.pdf",
     job_description="""Our customers buy seats and never roll them out. Shiftly sells employee scheduling and communication software to large employers, and too many enterprise customers use a fraction of what they purchased, which puts renewals at risk. We need a Customer Success Manager who knows how to get a purchase adopted across a whole organization.

Responsibilities:
- Drive rollout and adoption so that customers actually use the seats they bought.
- Manage a portfolio of enterprise accounts after onboarding.
- Prepare renewal plans and work with account executives on expansions.
- Partner with Support and Product teams to triage escalations and log feature requests in Jira and Productboard.
- Track account health in Gainsight.
- Run business reviews with customer sponsors.

Requirements:
- 4+ years in customer success for B2B SaaS, ideally HR-tech.
- Experience leading change management or adoption programs at large organizations.
- Data comfort: Looker, Pendo or similar.
- Excellent written and spoken communication.
- Based in Toronto, with travel to customer sites.""",
     best_evidence="Lifted licensed-seat utilization from 46% to 81% across 30 enterprise accounts with department-by-department rollout plans.",
     acceptable=[],
     why="The main problem is purchased seats going unused, and this bullet raised seat utilization; the Support/Product bullet only mirrors a later duty's wording."),
dict(id="ho-05-growth-conversion", kind="hard", resume="holdout/30_growth_md.md",
     job_description="""Plenty of people sign up; too few pay. Draftboard is a collaborative whiteboard tool with a generous free plan and 400,000 monthly signups, but our free-to-paid conversion is below the industry benchmark. We are hiring a Senior Growth Marketing Manager to turn free users into paying customers.

Responsibilities:
- Increase the share of free users who become paying customers, working across onboarding, messaging and paywall moments.
- Design and run experiments with product managers and engineers.
- Build lifecycle programs in Customer.io and HubSpot.
- Report on funnel metrics in Amplitude.
- Own our SEO content calendar and paid search campaigns in Google Ads alongside agency partners.
- Work with sales on product-qualified leads.

Requirements:
- 5+ years in growth or lifecycle marketing for SaaS.
- Strong experimentation practice and statistical judgment.
- Experience with product-led growth.
- SQL is a plus.
- Fluent English; German is a plus.
- Based in Berlin or willing to relocate.""",
     best_evidence="Raised free-to-paid conversion from 2.1% to 3.4% with lifecycle emails, usage-based nudges and in-app paywall tests.",
     acceptable=[],
     why="The main problem is free users not paying, and this bullet raised free-to-paid conversion; the SEO/Google Ads bullet shares more words with a later duty."),
dict(id="ho-06-pm-search", kind="about", resume="holdout/32_pm_pdf_table.pdf",
     job_description="""About Makersmarket: Makersmarket connects 40,000 independent makers with buyers around the world. Buyers arrive with intent but too often cannot find what they are looking for, and our search-to-purchase conversion lags behind our competitors. We are hiring a Senior Product Manager to lead Search and Discovery.

Responsibilities:
- Set the vision and roadmap for search, browse and recommendations.
- Work with engineering, data science and design in a cross-functional team.
- Define success metrics and run A/B tests.
- Talk to buyers and sellers regularly.
- Write clear specs and prioritise a healthy backlog.
- Communicate plans and results to leadership.

Requirements:
- 6+ years of product management, with at least 2 in search, ranking or recommendations.
- Experience in marketplaces or e-commerce.
- Strong SQL and analytics skills.
- Experience working with machine learning teams.
- Clear writer and communicator.
- Based in Chicago or remote in US Central time.""",
     best_evidence="Raised search-to-purchase conversion by 14% by launching learning-to-rank and typo-tolerant query rewriting.",
     acceptable=["Cut zero-result searches from 11% to 3% with synonyms and category fallbacks."],
     why="The about paragraph names low search-to-purchase conversion, and this bullet raised exactly that metric."),
dict(id="ho-07-ds-churn", kind="repeated", resume="holdout/33_ds_md.md",
     job_description="""About Boxwell: Boxwell delivers meal kits to 600,000 subscribers. Subscriber churn is our largest cost, and we are building a retention data science team.

Responsibilities:
- Build models that predict which subscribers are likely to cancel.
- Design experiments to reduce churn, including targeted offers and product changes.
- Estimate the incremental effect of retention programs rather than just correlations.
- Build clean retention metrics with analytics engineering in dbt.
- Share results with marketing, product and finance leaders.
- Mentor analysts and review the team's experiment designs and code.
- Help decide which retention programs get budget each quarter.

Requirements:
- 3+ years of data science in subscription, e-commerce or consumer businesses.
- Experience reducing churn with models and experiments, with measurable results.
- Python, SQL and BigQuery or Snowflake.
- Knowledge of survival analysis or uplift modeling.
- Strong communication with non-technical partners.
- Bay Area hybrid, two days a week in office.""",
     best_evidence="Designed an uplift-model test that cut voluntary churn 1.8 points and saved about $6M in annual revenue.",
     acceptable=["Built a churn-risk model (AUC 0.84) that targets save offers to the top 10% of at-risk subscribers."],
     why="Reducing churn with measurable results is repeated throughout, and this bullet shows a measured churn reduction from an uplift experiment."),
dict(id="ho-08-devops-cost", kind="about", resume="holdout/34_devops_pdf_twocol.pdf",
     job_description="""About us: Havbris is a Norwegian offshore-wind analytics company. We run on AWS and Azure, and our cloud bill has grown faster than our revenue for two years, so we are looking for a platform engineer who can bring cloud costs under control while keeping teams productive.

What you will do:
- Build and run our Kubernetes platform on EKS and AKS.
- Maintain infrastructure as code in Terraform.
- Improve CI/CD pipelines in GitLab CI and ArgoCD.
- Set up observability with Prometheus, Grafana and OpenTelemetry.
- Help product teams design reliable, secure services.
- Take part in the on-call rotation.
- Document the platform so new engineers can use it without help.
- Work with finance on monthly cloud reporting and budgeting.

What we expect:
- 5+ years in DevOps, SRE or platform engineering.
- Strong Kubernetes and Terraform skills.
- Experience with both AWS and Azure.
- Programming in Go or Python.
- Good communication in English; Norwegian is a plus.
- Based in Oslo, hybrid.""",
     best_evidence="Cut monthly AWS and Azure spend by 38% (about NOK 9M a year) with tagging, rightsizing, savings plans and a cost dashboard for every team.",
     acceptable=[],
     why="The about paragraph names cloud cost growth as the problem, and this bullet cut AWS and Azure spend by 38%."),
dict(id="ho-09-backend-peaks", kind="hard", resume="holdout/35_backend_txt.txt",
     job_description="""Our platform goes down when traffic spikes. Tillroll powers online checkout for 1,500 UK retailers, and during flash sales and seasonal peaks our services slow down and sometimes fail, which costs our customers revenue. We need a Senior Backend Engineer who has kept a high-traffic system standing on its busiest days.

Responsibilities:
- Keep our checkout and payments services available and fast during peak traffic events.
- Design and build services in Java or Kotlin with Spring Boot.
- Improve our data model and PostgreSQL performance.
- Write OpenAPI specifications and integration tests for REST endpoints used by our partner developers.
- Work with the platform team on AWS infrastructure and Terraform.
- Mentor engineers and take part in hiring.

Requirements:
- 7+ years of backend development on the JVM.
- Experience with high-traffic, customer-facing APIs.
- Strong PostgreSQL and message-queue experience.
- E-commerce or payments experience preferred.
- Based in London, hybrid.""",
     best_evidence="Kept the checkout API at 99.99% availability through Black Friday peaks of 18,000 requests/second by adding rate limiting, queue-based load levelling and autoscaling.",
     acceptable=[],
     why="The main problem is failing under traffic spikes, and this bullet kept checkout available at Black Friday peaks; the OpenAPI bullet only mirrors a later duty's wording."),
dict(id="ho-10-construction-schedule", kind="hard", resume="holdout/37_constructionpm_pdf_table.pdf",
     job_description="""Our projects are finishing late. Beacon Street Builders is a general contractor focused on hospitals and laboratories in occupied buildings, and several recent projects have slipped weeks past their completion dates, hurting our relationships with owners. We need a Senior Project Manager who can recover schedules and deliver on time.

Responsibilities:
- Deliver projects on schedule, and recover schedules that have slipped.
- Lead project teams of project managers, engineers and superintendents.
- Coordinate MEP trades and infection-control requirements in occupied healthcare buildings.
- Prepare monthly owner cost reports, maintain change-order logs in Procore and reconcile subcontractor pay applications.
- Build relationships with owners, architects and engineers.
- Enforce site safety plans.

Requirements:
- 10+ years in commercial construction project management, including healthcare or lab work.
- Experience with Primavera P6 and Procore.
- Knowledge of ICRA procedures.
- Bachelor's degree in construction management, engineering or similar.
- OSHA 30.""",
     best_evidence="Brought a $31M lab renovation from 7 weeks behind back to on-time completion by re-baselining the P6 schedule and adding weekend MEP shifts.",
     acceptable=[],
     why="The main problem is late projects, and this bullet recovered a seven-week slip to on-time completion; the cost-report bullet only mirrors a later duty's wording."),
dict(id="ho-11-pharmacist-adherence", kind="about", resume="holdout/41_pharmacist_txt.txt",
     job_description="""About us: Riverside Family Pharmacies is a group of six independent community pharmacies in central Ohio. Our Medicare Star Ratings have slipped because too many patients are not taking chronic medications consistently, and that now affects our payer contracts. We are hiring a Pharmacy Manager for our Grandview location.

Responsibilities:
- Oversee daily dispensing and verify prescriptions accurately.
- Lead a team of pharmacists and pharmacy technicians, including scheduling.
- Provide immunizations and clinical services such as MTM.
- Manage inventory, including controlled substances.
- Handle prior authorizations and insurance issues.
- Build relationships with local prescribers and clinics.
- Ensure compliance with Ohio Board of Pharmacy rules.
- Counsel patients on new prescriptions and chronic disease management.
- Report monthly pharmacy performance to the owners.

Requirements:
- PharmD and active Ohio pharmacist license.
- 3+ years of community pharmacy experience; management experience preferred.
- Immunization certification.
- Experience with Rx30 or a similar pharmacy system.
- Strong leadership and communication skills.""",
     best_evidence="Raised proportion of days covered for statins and diabetes medications from 78% to 89% with med sync and refill calls, lifting our star rating to 4.5.",
     acceptable=[],
     why="The about paragraph names medication adherence and Star Ratings, and this bullet raised adherence and the star rating."),
dict(id="ho-12-chef-labor", kind="repeated", resume="holdout/42_chef_md.md",
     job_description="""About Piazza Group: We operate four full-service Italian restaurants in Chicago and the North Shore. Sales are strong, but labor costs have been eating our margins since 2022.

What you'll do:
- Run every part of a 180-seat restaurant as General Manager, front and back of house.
- Bring labor cost back in line with our targets through smarter scheduling.
- Own the P&L, including food, beverage and labor costs.
- Hire, train and coach managers, shift leads and hourly staff.
- Build private dining and events revenue.
- Keep guest satisfaction and reviews high.

What you bring:
- 8+ years in full-service restaurants, with 3+ as a General Manager.
- A track record of lowering labor cost as a percentage of sales without hurting service.
- Experience with Toast, 7shifts or similar systems.
- ServSafe Manager and BASSET certifications.
- Weekend and evening availability.
- Italian restaurant experience is a plus.""",
     best_evidence="Cut labor cost from 34% to 29% of sales with demand-based scheduling in 7shifts.",
     acceptable=[],
     why="Lowering labor cost is repeated in the intro, duties and requirements, and this bullet cut labor cost five points of sales."),
]
