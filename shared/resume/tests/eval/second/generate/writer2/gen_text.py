# Generates the 10 .txt and 6 .md resumes plus truth files.
from common import truth, path

R = []  # (stem, ext, text, name, email, phone, jobs)

# ---------------------------------------------------------------- 01 dental hygienist, US
R.append(("01_dental_hygienist_txt", "txt", """\
JESSICA M. ALVAREZ, RDH
1184 Larkspur Lane, Sacramento, CA 95822
(916) 555-0143 | jess.alvarez.rdh@gmail.com

PROFESSIONAL SUMMARY
Licensed Registered Dental Hygienist with 8+ years of chairside experience in
general and periodontal practices. Gentle with anxious patients, fast with
charting, and passionate about preventive care and patient education.

LICENSES & CERTIFICATIONS
- Registered Dental Hygienist, Dental Hygiene Board of California, License #RDH 58821
- Local Anesthesia, Nitrous Oxide & Soft Tissue Curettage Certified
- BLS/CPR for Healthcare Providers, American Heart Association (exp. 08/2026)

WORK EXPERIENCE

Registered Dental Hygienist                                   Mar 2019 – Present
Bright Smiles Family Dentistry, Sacramento, CA
- Provide prophylaxis, scaling and root planing for 10-12 patients per day
- Take and interpret full-mouth series and panoramic radiographs
- Deliver local anesthesia and sealants; chart periodontal findings in Dentrix
- Helped raise hygiene recall rate from 61% to 78% through reminder scripting

Dental Hygienist                                              Jun 2016 – Feb 2019
Dr. Kevin Tran, DDS – Elk Grove, CA
- Treated a mixed adult/pediatric patient base in a three-operatory office
- Introduced fluoride varnish program for children on Denti-Cal

Dental Assistant                                              Sep 2013 – May 2016
Pacific Coast Dental Group, Roseville, CA
- Four-handed chairside assisting, sterilization and instrument set-up
- Scheduled patients and verified insurance eligibility

EDUCATION
A.S., Dental Hygiene — Sacramento City College, Sacramento, CA, 2016
Certificate, Registered Dental Assisting — Carrington College, 2013

SKILLS
Dentrix, Eaglesoft, Dexis digital x-ray, intraoral camera, Cavitron ultrasonic
scaling, periodontal charting, local anesthesia, patient education, bilingual
English/Spanish
""", "Jessica M. Alvarez", "jess.alvarez.rdh@gmail.com", "(916) 555-0143", [
    ("Bright Smiles Family Dentistry", "Registered Dental Hygienist", "Mar 2019", None),
    ("Dr. Kevin Tran, DDS", "Dental Hygienist", "Jun 2016", "Feb 2019"),
    ("Pacific Coast Dental Group", "Dental Assistant", "Sep 2013", "May 2016"),
]))

# ---------------------------------------------------------------- 02 HVAC technician, US
R.append(("02_hvac_technician_txt", "txt", """\
MARCUS DELGADO
Phoenix, AZ 85031 * 602-555-0187 * mdelgado.hvac@outlook.com

EPA 608 Universal | NATE Certified (A/C, Heat Pumps) | OSHA 10 | Valid AZ driver license, clean MVR

WORK HISTORY

COOLRIGHT HEATING & AIR LLC -- Phoenix, AZ
Lead Service Technician (2021 - Present)
  * Run diagnostics and repairs on residential and light commercial split systems,
    package units and heat pumps, 6-8 calls per day in peak season
  * Train and ride along with 3 junior techs; top sales of maintenance agreements 2022
Service Technician (2019 - 2021)
  * Troubleshot compressors, TXVs, control boards, ECM motors
  * Performed refrigerant recovery and charging per EPA regs

DESERT COMFORT MECHANICAL -- Mesa, AZ
HVAC Service Technician (2015 - 2019)
  * Preventive maintenance on RTUs for schools and strip malls
  * Replaced condensers, air handlers, ductwork

SEARS HOME SERVICES -- Tempe, AZ
HVAC Installer Helper (2013 - 2015)

TRAINING / EDUCATION
HVAC/R Technician Diploma - Refrigeration Institute of Arizona, Phoenix AZ - 2013
High School Diploma - Maryvale High School - 2011

TOOLS & SKILLS
Manifold gauges, Fieldpiece meters, brazing, vacuum pumps, combustion analysis,
Carrier/Trane/Lennox equipment, ServiceTitan, customer service, bilingual (Spanish)
""", "Marcus Delgado", "mdelgado.hvac@outlook.com", "602-555-0187", [
    ("COOLRIGHT HEATING & AIR LLC", "Lead Service Technician", "2021", None),
    ("COOLRIGHT HEATING & AIR LLC", "Service Technician", "2019", "2021"),
    ("DESERT COMFORT MECHANICAL", "HVAC Service Technician", "2015", "2019"),
    ("SEARS HOME SERVICES", "HVAC Installer Helper", "2013", "2015"),
]))

# ---------------------------------------------------------------- 03 paralegal, UK
R.append(("03_paralegal_uk_txt", "txt", """\
CURRICULUM VITAE

Name:       Eleanor Hughes
Address:    14 Cavendish Road, Headingley, Leeds LS6 2AX
Mobile:     07700 900461
Email:      eleanor.hughes88@btinternet.com

PERSONAL PROFILE
A conscientious and organised paralegal with over six years' experience supporting
partners in property litigation and residential conveyancing. CILEx Level 6 student.

EMPLOYMENT HISTORY

Sept 2020 – present     Paralegal – Property Litigation
                        Hartley Bronson Solicitors LLP, Leeds
                        Preparing trial bundles and disclosure lists; drafting
                        Section 8 and Section 21 notices; liaising with counsel
                        and the County Court; managing a caseload of c. 60 files.

Jan 2018 – Aug 2020     Legal Assistant
                        Whitcombe & Reed Ltd, Bradford
                        Supported two conveyancing fee earners; ran Land
                        Registry searches; prepared completion statements.

Jun 2016 – Dec 2017     Legal Secretary
                        Yorkshire Family Law Practice, Huddersfield

EDUCATION & QUALIFICATIONS
2021 – present   CILEx Level 6 Diploma in Law and Practice (in progress)
2013 – 2016      LLB (Hons) Law, 2:1 – University of Huddersfield
2011 – 2013      A Levels: English Literature (A), History (B), Sociology (B)
                 Greenhead College, Huddersfield

KEY SKILLS
• Case management systems: Proclaim, LEAP, Clio
• Legal research (Westlaw, Practical Law), drafting, e-bundling
• Touch typing 70 wpm; audio typing
• Excellent client care and telephone manner

INTERESTS
Fell walking, volunteering with Citizens Advice Leeds, amateur dramatics.

References available on request.
""", "Eleanor Hughes", "eleanor.hughes88@btinternet.com", "07700 900461", [
    ("Hartley Bronson Solicitors LLP", "Paralegal – Property Litigation", "Sept 2020", None),
    ("Whitcombe & Reed Ltd", "Legal Assistant", "Jan 2018", "Aug 2020"),
    ("Yorkshire Family Law Practice", "Legal Secretary", "Jun 2016", "Dec 2017"),
]))

# ---------------------------------------------------------------- 04 logistics coordinator, India
R.append(("04_logistics_coordinator_in_txt", "txt", """\
RESUME

RAHUL VILAS DESHMUKH
Mobile: +91 98220 45173
E-mail: rahul.deshmukh.log@gmail.com
Address: Flat No. 12, Sai Krupa Apartment, Chakan, Pune - 410501

CAREER OBJECTIVE
To work in a challenging environment in the field of Supply Chain & Logistics
where I can utilize my skills and contribute to the growth of the organisation.

PROFESSIONAL EXPERIENCE (Total: 8.5 Years)

1) Organisation : Mahindra Logistics Ltd., Chakan, Pune
   Designation  : Senior Logistics Coordinator
   Duration     : 01/2021 to Till Date
   Roles & Responsibilities:
   - Coordinating inbound milk-run for 40+ automotive vendors
   - Preparing daily MIS reports on vehicle placement and TAT
   - Handling e-way bills, POD collection and freight bill verification

2) Organisation : Safexpress Pvt. Ltd., Bhiwandi, Thane
   Designation  : Logistics Executive
   Duration     : 07/2017 to 12/2020
   Roles & Responsibilities:
   - Managed dispatch planning for FMCG clients across West zone
   - Vendor negotiation with transporters; reduced detention charges by 18%

3) Organisation : Gati Ltd., Pune
   Designation  : Trainee - Operations
   Duration     : 06/2016 to 06/2017

EDUCATIONAL QUALIFICATION
- MBA (Operations & Supply Chain), Savitribai Phule Pune University, 2016 - 62%
- B.Com, Fergusson College, Pune, 2014 - 68%
- HSC, Maharashtra State Board, 2011 - 71%
- SSC, Maharashtra State Board, 2009 - 80%

TECHNICAL SKILLS
- SAP MM/SD (end user), MS Excel (VLOOKUP, Pivot), Oracle TMS
- GST & E-way bill compliance, Inventory control, 5S

PERSONAL DETAILS
Father's Name    : Vilas Deshmukh
Date of Birth    : 14/03/1992
Languages Known  : English, Hindi, Marathi
Marital Status   : Married

DECLARATION
I hereby declare that the above information is true to the best of my knowledge.

Place: Pune                                             (RAHUL V. DESHMUKH)
""", "Rahul Vilas Deshmukh", "rahul.deshmukh.log@gmail.com", "+91 98220 45173", [
    ("Mahindra Logistics Ltd.", "Senior Logistics Coordinator", "01/2021", None),
    ("Safexpress Pvt. Ltd.", "Logistics Executive", "07/2017", "12/2020"),
    ("Gati Ltd.", "Trainee - Operations", "06/2016", "06/2017"),
]))

# ---------------------------------------------------------------- 05 pastry chef, Australia
R.append(("05_pastry_chef_au_txt", "txt", """\
Chloe Bennett
Pastry Chef
Surry Hills NSW 2010  |  0412 338 907  |  chloe.bennett.pastry@icloud.com

ABOUT ME
Classically trained pastry chef with 10 years across hatted restaurants, high-volume
bakeries and cafe groups. Obsessed with laminated doughs, seasonal native ingredients
and running a calm, clean section.

EXPERIENCE

Head Pastry Chef — The Grounds Collective, Alexandria NSW
2021 – current
Run a pastry kitchen of 6 producing 1,500+ items daily for two cafes and events.
Designed the seasonal menu (wattleseed, finger lime, Davidson plum); cut waste by 22%.

Pastry Chef de Partie — Harbourview Dining, Sydney NSW
2018 – 2021
Plated desserts for a two-hat degustation; petits fours; chocolate work.

Commis Pastry Chef — Brasserie Lune, Melbourne VIC
2016 – 2018

Apprentice Pastry Cook — Miller & Crust Bakery, Geelong VIC
2012 – 2016
Four-year apprenticeship; croissant, sourdough and celebration cakes.

QUALIFICATIONS
Certificate III in Patisserie (SIT31016) — William Angliss Institute, 2016
Certificate IV in Kitchen Management — TAFE NSW, 2020
Food Safety Supervisor certificate (NSW), current

SKILLS
Lamination & viennoiserie | tempering & bonbons | entremets | sugar work |
menu costing | rostering | HACCP | training apprentices

Referees available on request.
""", "Chloe Bennett", "chloe.bennett.pastry@icloud.com", "0412 338 907", [
    ("The Grounds Collective", "Head Pastry Chef", "2021", None),
    ("Harbourview Dining", "Pastry Chef de Partie", "2018", "2021"),
    ("Brasserie Lune", "Commis Pastry Chef", "2016", "2018"),
    ("Miller & Crust Bakery", "Apprentice Pastry Cook", "2012", "2016"),
]))

# ---------------------------------------------------------------- 06 social worker, Canada
R.append(("06_social_worker_ca_txt", "txt", """\
Amara Okafor-Lewis, MSW, RSW
Toronto, ON  M6H 2K9
416-555-0178  ·  amara.okaforlewis@gmail.com

SUMMARY OF QUALIFICATIONS
- Registered Social Worker (OCSWSSW) with 6 years in child welfare and youth services
- Trauma-informed, anti-oppressive practice; ASIST and Signs of Safety trained
- Fluent in English and French; working knowledge of Yoruba

RELEVANT EXPERIENCE

Child Protection Worker | Children's Aid Society of Toronto | May 2019 – Present
- Carry a caseload of 18-22 families; conduct investigations and safety assessments
- Prepare affidavits and testify in Ontario Court of Justice
- Co-facilitate a monthly kinship caregiver support group

Residential Counsellor | Covenant House Toronto | Sep 2017 – Apr 2019
- Supported youth aged 16-24 experiencing homelessness; crisis de-escalation
- Developed individual service plans with clients and case managers

OTHER EXPERIENCE

Youth Program Leader | YMCA of Greater Toronto | 2015 – 2017
Camp Counsellor | Camp Wanakita | Summer 2014

EDUCATION
Master of Social Work, University of Toronto (Factor-Inwentash), 2019
Bachelor of Social Work, Toronto Metropolitan University, 2017

SKILLS
Risk assessment, case documentation (CPIN), court preparation, motivational
interviewing, crisis intervention (CPI), group facilitation, MS Office
""", "Amara Okafor-Lewis", "amara.okaforlewis@gmail.com", "416-555-0178", [
    ("Children's Aid Society of Toronto", "Child Protection Worker", "May 2019", None),
    ("Covenant House Toronto", "Residential Counsellor", "Sep 2017", "Apr 2019"),
    ("YMCA of Greater Toronto", "Youth Program Leader", "2015", "2017"),
    ("Camp Wanakita", "Camp Counsellor", "Summer 2014", None),
]))

# ---------------------------------------------------------------- 07 insurance underwriter, Nigeria
R.append(("07_insurance_underwriter_ng_txt", "txt", """\
CURRICULUM VITAE

ADEBAYO OLUWASEUN FASHOLA

PERSONAL DATA
Address:         7 Admiralty Way, Lekki Phase 1, Lagos State
Phone:           +234 803 555 0192
E-mail:          seun.fashola@yahoo.com
Date of Birth:   22nd June, 1990
State of Origin: Ogun State
Nationality:     Nigerian

CAREER OBJECTIVE
To build a career in risk underwriting with a reputable insurer, applying sound
technical judgement to grow a profitable commercial portfolio.

WORK EXPERIENCE

AXIOM GENERAL INSURANCE PLC, Victoria Island, Lagos
Position: Senior Underwriter, Commercial Lines
Date: March 2020 – Date
Duties:
  i.   Underwrite fire, engineering and marine cargo risks up to N2bn sum insured
  ii.  Review survey reports and set premium rates and deductibles
  iii. Negotiate reinsurance treaties and facultative placements with brokers

LEADWAY ASSURANCE COMPANY LIMITED, Ikeja, Lagos
Position: Underwriting Officer
Date: October 2016 – February 2020
Duties:
  i.   Processed motor and householder proposals; issued policies and endorsements
  ii.  Reconciled premium debit notes with Finance

NIGERIA DEPOSIT INSURANCE CORPORATION, Abuja
Position: NYSC Corps Member
Date: 2014 – 2015

EDUCATIONAL QUALIFICATIONS
Associate, Chartered Insurance Institute of Nigeria (ACIIN) ........ 2019
B.Sc. Actuarial Science (Second Class Upper) – University of Lagos .... 2013
West African Senior School Certificate (WASSCE) ........................ 2008

SKILLS
Risk assessment, premium rating, reinsurance, Microsoft Excel, Turnquest
underwriting software, report writing, client relationship management

HOBBIES
Reading, football, travelling

REFEREES
Available on request.
""", "Adebayo Oluwaseun Fashola", "seun.fashola@yahoo.com", "+234 803 555 0192", [
    ("AXIOM GENERAL INSURANCE PLC", "Senior Underwriter, Commercial Lines", "March 2020", None),
    ("LEADWAY ASSURANCE COMPANY LIMITED", "Underwriting Officer", "October 2016", "February 2020"),
    ("NIGERIA DEPOSIT INSURANCE CORPORATION", "NYSC Corps Member", "2014", "2015"),
]))

# ---------------------------------------------------------------- 08 airline pilot, Australia
R.append(("08_airline_pilot_au_txt", "txt", """\
CAPT. DANIEL J. MORRISON
Brisbane QLD, Australia
Mobile: +61 412 907 554
Email: dan.morrison.atpl@gmail.com

LICENCES & RATINGS
ATPL(A) CASA #512874 | Class 1 Medical (valid to 11/2025) | B737-800 type rating |
Multi-engine Command Instrument Rating | ICAO English Level 6

FLIGHT HOURS
Total Time ........ 7,450
Multi-engine ...... 6,120
PIC ............... 3,310
Jet (B737) ........ 3,900

EMPLOYMENT HISTORY

First Officer – Boeing 737-800                                  Jul 2018 – Present
Virgin Australia Airlines Pty Ltd, Brisbane QLD
• Domestic and short-haul international line operations
• Line training support; Safety Action Group representative (2021–2023)

Captain – Beechcraft King Air B200                              Feb 2015 – Jun 2018
Royal Flying Doctor Service, Port Augusta SA
• Single-pilot IFR aeromedical operations to remote strips, day and night

Charter Pilot / Flight Instructor                               Mar 2012 – Jan 2015
Kimberley Air Charter, Broome WA
• C210 and BE58 charter; Grade 2 instructor for CPL students

EDUCATION
Bachelor of Aviation (Flying) – Griffith University, 2011
Diploma of Aviation (Commercial Pilot Licence – Aeroplane) – 2010

SKILLS
CRM/TEM, EFB (iPad), ACARS, Jeppesen, crew scheduling, SMS reporting, mentoring
""", "Daniel J. Morrison", "dan.morrison.atpl@gmail.com", "+61 412 907 554", [
    ("Virgin Australia Airlines Pty Ltd", "First Officer – Boeing 737-800", "Jul 2018", None),
    ("Royal Flying Doctor Service", "Captain – Beechcraft King Air B200", "Feb 2015", "Jun 2018"),
    ("Kimberley Air Charter", "Charter Pilot / Flight Instructor", "Mar 2012", "Jan 2015"),
]))

# ---------------------------------------------------------------- 09 translator, Germany
R.append(("09_translator_de_txt", "txt", """\
Katharina Weiß
Translator & Localisation Specialist (EN/FR > DE)

Karl-Liebknecht-Str. 41, 04275 Leipzig, Germany
Tel.: +49 341 2298 0714
Mail: k.weiss@weiss-uebersetzungen.de

PROFESSIONAL EXPERIENCE

since 04/2019
Freelance Translator & Localisation Specialist
Self-employed, Leipzig
Technical, medical-device and software localisation for agencies and direct
clients (MDR documentation, UI strings, IFUs); approx. 450,000 words per year.

10/2015 – 03/2019
In-house Translator, Technical Documentation
Krämer Maschinenbau GmbH, Chemnitz
Translated operating manuals and safety documentation EN>DE, FR>DE; maintained
terminology database (SDL MultiTerm) with 12,000 entries.

09/2013 – 09/2015
Project Manager
Lingua Transfer GmbH, Berlin
Managed translation projects in 14 languages; vendor selection and QA.

EDUCATION

2011 – 2013   M.A. Translation Studies (Conference & Specialised Translation)
              Universität Leipzig, Institut für Angewandte Linguistik und Translatologie
2007 – 2011   B.A. Translation (English, French)
              Johannes Gutenberg-Universität Mainz, FTSK Germersheim
2009          ERASMUS semester, Université de Genève (FTI)

SKILLS

Languages:   German (native), English (C2), French (C1), Spanish (B1)
CAT tools:   Trados Studio 2022, memoQ, Phrase, XTM
Other:       ISO 17100 workflows, terminology management, post-editing (MTPE)
Sworn translator for English, Regional Court of Leipzig (since 2020)
""", "Katharina Weiß", "k.weiss@weiss-uebersetzungen.de", "+49 341 2298 0714", [
    ("Self-employed", "Freelance Translator & Localisation Specialist", "04/2019", None),
    ("Krämer Maschinenbau GmbH", "In-house Translator, Technical Documentation", "10/2015", "03/2019"),
    ("Lingua Transfer GmbH", "Project Manager", "09/2013", "09/2015"),
]))

# ---------------------------------------------------------------- 10 security manager (ex-police), UK
R.append(("10_security_manager_uk_txt", "txt", """\
GRAHAM T. WHITFIELD
Stockport, Greater Manchester  ·  07831 442 905  ·  g.whitfield.security@gmail.com

Security and risk professional; 16 years' police service (GMP) followed by
7 years leading security operations in retail and commercial property.
SIA Door Supervisor & CCTV licences | NEBOSH General Certificate | PRINCE2 Foundation

CAREER SUMMARY

Head of Security
Northgate Property Management Ltd, Manchester
November 2019 to Present
- Accountable for security at 5 retail and office sites; team of 42 in-house and
  contracted officers; budget of £1.9m
- Led counter-terrorism (ACT/Protect Duty) readiness and Martyn's Law gap analysis
- Reduced shop theft incidents by 31% through joint working with Police and BID

Security Operations Manager
Sentinel Guarding Services Ltd, Salford
June 2017 to October 2019
- Managed 9 contracts (manned guarding, mobile patrols, key holding)
- Rewrote assignment instructions and audit process; achieved ACS re-approval

Greater Manchester Police                                              2001 – 2017
Detective Sergeant, Serious Crime Unit (2011 – 2017)
- Supervised a team of 7 DCs investigating organised acquisitive crime
Police Sergeant, Response (2007 – 2011)
Police Constable (2001 – 2007)

EDUCATION & TRAINING
Level 5 Diploma in Security Management – Buckinghamshire New University, 2018
Initial Crime Investigators Development Programme (ICIDP) – College of Policing
Professionalising Investigation Programme (PIP) Level 2

SKILLS
Risk & threat assessment · incident command · CCTV/ANPR systems · Genetec ·
contractor management · GDPR & evidence handling · report writing · first aid
""", "Graham T. Whitfield", "g.whitfield.security@gmail.com", "07831 442 905", [
    ("Northgate Property Management Ltd", "Head of Security", "November 2019", None),
    ("Sentinel Guarding Services Ltd", "Security Operations Manager", "June 2017", "October 2019"),
    ("Greater Manchester Police", "Detective Sergeant, Serious Crime Unit", "2011", "2017"),
    ("Greater Manchester Police", "Police Sergeant, Response", "2007", "2011"),
    ("Greater Manchester Police", "Police Constable", "2001", "2007"),
]))

# ================================================================ MARKDOWN
# ---------------------------------------------------------------- 11 UX researcher, US
R.append(("11_ux_researcher_md", "md", """\
# Priya Natarajan
**UX Researcher** · San Francisco Bay Area
priya.natarajan@protonmail.com · +1 (415) 555-0119 · [linkedin.com/in/priyanatarajan](https://linkedin.com/in/priyanatarajan)

---

Mixed-methods researcher who helps product teams in health and fintech make
decisions with evidence. 7 years of generative and evaluative research.

## Experience

### Brightloop Health — Senior UX Researcher
*Aug 2021 – Present · Oakland, CA*

- Lead research for the patient-facing app (2.3M MAU); built the research repository in Dovetail
- Ran a 6-week diary study with 40 caregivers that reshaped the medication-reminder roadmap
- Mentor two researchers; set up the research ops intake process

### Ledgerly Inc. — UX Researcher
*Jun 2018 – Jul 2021 · San Francisco, CA*

- Owned research for small-business invoicing; 60+ interviews, 14 usability studies per year
- Designed the first quarterly SUS/NPS benchmark

### University of Michigan School of Information — Graduate Research Assistant
*Sep 2016 – May 2018 · Ann Arbor, MI*

## Education

- **M.S. Information (HCI)**, University of Michigan, 2018
- **B.A. Cognitive Science**, University of California, San Diego, 2015

## Skills

Interviews · diary studies · usability testing · surveys (Qualtrics) · card sorting ·
journey mapping · R and SQL for survey analysis · Figma · Dovetail · UserTesting
""", "Priya Natarajan", "priya.natarajan@protonmail.com", "+1 (415) 555-0119", [
    ("Brightloop Health", "Senior UX Researcher", "Aug 2021", None),
    ("Ledgerly Inc.", "UX Researcher", "Jun 2018", "Jul 2021"),
    ("University of Michigan School of Information", "Graduate Research Assistant", "Sep 2016", "May 2018"),
]))

# ---------------------------------------------------------------- 12 civil engineer, India
R.append(("12_civil_engineer_in_md", "md", """\
# SNEHA RAMACHANDRAN
**Civil Engineer (Structures) | B.E. Civil, M.Tech Structural Engineering**

📞 +91-94440-81726 | ✉️ sneha.ramachandran.civil@gmail.com | Chennai, Tamil Nadu

## Profile Summary
Civil engineer with 9+ years of experience in execution and design of metro viaducts,
flyovers and high-rise RCC buildings. Proficient in STAAD.Pro, ETABS and Primavera P6.

## Professional Experience

| Period | Organisation | Designation |
|---|---|---|
| Apr 2019 – Present | Larsen & Toubro Limited, Chennai | Assistant Manager – Structures |
| Jul 2015 – Mar 2019 | Shapoorji Pallonji & Co. Pvt. Ltd., Bengaluru | Site Engineer |
| Jul 2014 – Jun 2015 | Gammon India Ltd., Mumbai | Graduate Engineer Trainee |

**Key projects & responsibilities**

- *Chennai Metro Phase II, Corridor 4 (L&T)* – Supervising casting of 420 precast
  U-girders; checking bar bending schedules; coordinating with CMRL and the GC.
- *Prestige Tech Park tower (SP)* – Execution of 22-storey RCC frame; quality audits,
  pour cards, subcontractor billing.
- *Mumbai Trans Harbour Link approach (Gammon)* – Site documentation and QA/QC testing.

## Education
- M.Tech, Structural Engineering – College of Engineering Guindy, Anna University (2019, part-time) – 8.4 CGPA
- B.E., Civil Engineering – PSG College of Technology, Coimbatore (2014) – 8.1 CGPA

## Software Skills
STAAD.Pro · ETABS · AutoCAD · Revit Structure · Primavera P6 · MS Project · SAP PS

## Personal Details
- Date of Birth: 05 Nov 1992
- Languages: English, Tamil, Hindi, Kannada
""", "Sneha Ramachandran", "sneha.ramachandran.civil@gmail.com", "+91-94440-81726", [
    ("Larsen & Toubro Limited", "Assistant Manager – Structures", "Apr 2019", None),
    ("Shapoorji Pallonji & Co. Pvt. Ltd.", "Site Engineer", "Jul 2015", "Mar 2019"),
    ("Gammon India Ltd.", "Graduate Engineer Trainee", "Jul 2014", "Jun 2015"),
]))

# ---------------------------------------------------------------- 13 journalist, Philippines
R.append(("13_journalist_ph_md", "md", """\
# Maria Kristina "Tin" Villanueva

Quezon City, Metro Manila, Philippines
Mobile: +63 917 555 0134
Email: tin.villanueva.news@gmail.com

## Objective

Seasoned multimedia journalist seeking an investigative reporting role in a
regional or international newsroom.

## Work Experience

**Senior Reporter, Metro Desk** | *Manila Daily Chronicle*
January 2019 – present

* Covers City Hall, MMDA and transport beats; 3–4 bylines a week for print and web
* Broke the 2022 flood-control procurement story, later cited in a Senate hearing
* Produces short-form video explainers for Facebook and TikTok

**Correspondent, Visayas Bureau** | *Cebu Sun-Herald*
March 2015 – December 2018

* Reported on local government, typhoon recovery (Yolanda rehabilitation) and courts
* Edited weekend features section

**News Intern** | *DZRB Radyo Pilipinas*
Summer 2014

## Education

**Bachelor of Arts in Journalism**, University of the Philippines Diliman — 2015
*cum laude*; Editor-in-Chief, Philippine Collegian (2014–2015)

## Skills

- News writing (English and Filipino), copy editing, AP style
- Data journalism: Google Sheets, Datawrapper, basic Python
- Adobe Premiere Pro, Audition, CapCut
- FOI requests, court records research

## Awards

- Jaime V. Ongpin Award for Excellence in Investigative Journalism, finalist (2023)
""", "Maria Kristina Villanueva", "tin.villanueva.news@gmail.com", "+63 917 555 0134", [
    ("Manila Daily Chronicle", "Senior Reporter, Metro Desk", "January 2019", None),
    ("Cebu Sun-Herald", "Correspondent, Visayas Bureau", "March 2015", "December 2018"),
    ("DZRB Radyo Pilipinas", "News Intern", "Summer 2014", None),
]))

# ---------------------------------------------------------------- 14 school counselor, US
R.append(("14_school_counselor_us_md", "md", """\
Rebecca L. Hargrove, M.S.Ed., NCC
=================================

Omaha, NE · 402-555-0166 · rhargrove.counselor@gmail.com
Nebraska Professional Certificate — School Counselor PK-12 · National Certified Counselor

Counseling Experience
---------------------

### School Counselor, Grades 9–12
**Westbrook High School** — Omaha, NE | 2019–Present

- Caseload of 380 students (A–Hu); academic planning, college & career readiness
- Coordinate 504 plans and SIT meetings; crisis response team lead
- Launched FAFSA completion nights — completion up 24 points in two years

### Middle School Counselor
**Lewis & Clark Middle School** — Omaha, NE | 2016–2019

- Delivered ASCA-aligned classroom lessons on bullying prevention and study skills
- Ran small groups for grief/loss and social skills

### School Counseling Intern
**Millard North High School** — Omaha, NE | 2015–2016

Related Experience
------------------

### Youth Program Coordinator
**Boys & Girls Clubs of the Midlands** — Omaha, NE | 2012–2015

Education
---------

* M.S.Ed. School Counseling, University of Nebraska Omaha, 2016
* B.A. Psychology, Creighton University, 2012

Skills
------

Individual & group counseling · suicide risk assessment (C-SSRS) · restorative
practices · Naviance · PowerSchool · MTSS/PBIS · parent communication · Spanish (conversational)
""", "Rebecca L. Hargrove", "rhargrove.counselor@gmail.com", "402-555-0166", [
    ("Westbrook High School", "School Counselor, Grades 9–12", "2019", None),
    ("Lewis & Clark Middle School", "Middle School Counselor", "2016", "2019"),
    ("Millard North High School", "School Counseling Intern", "2015", "2016"),
    ("Boys & Girls Clubs of the Midlands", "Youth Program Coordinator", "2012", "2015"),
]))

# ---------------------------------------------------------------- 15 data engineer, Germany
R.append(("15_data_engineer_de_md", "md", """\
# Jonas Becker

Data Engineer — Berlin, Germany
`jonas.becker@posteo.de` | `+49 151 2345 6789` | github.com/jbecker-data

## Work Experience

### Nordwind Mobility GmbH, Berlin

**Senior Data Engineer** — 01/2023–now
- Own the Kafka → Flink → Iceberg streaming platform (~4 TB/day of trip telemetry)
- Cut Snowflake spend by 38% through clustering and dbt model refactoring

**Data Engineer** — 03/2021–12/2022
- Built Airflow DAGs for pricing and fleet analytics; introduced Great Expectations tests

### Hanse Energie AG, Hamburg

**Backend Developer** — 10/2018–02/2021
- Python/Django services for smart-meter data ingestion; PostgreSQL + TimescaleDB

### Otto Versand GmbH & Co. KG, Hamburg

**Working Student, Business Intelligence** — 04/2017–09/2018

## Skills

Python, SQL, Scala · Apache Spark, Flink, Kafka · Airflow, dbt · Snowflake, BigQuery,
Iceberg · Terraform, Kubernetes, AWS · German (native), English (C1)

## Education

**M.Sc. Informatik** — Universität Hamburg, 2020
**B.Sc. Wirtschaftsinformatik** — Hochschule für Angewandte Wissenschaften Hamburg, 2017
""", "Jonas Becker", "jonas.becker@posteo.de", "+49 151 2345 6789", [
    ("Nordwind Mobility GmbH", "Senior Data Engineer", "01/2023", None),
    ("Nordwind Mobility GmbH", "Data Engineer", "03/2021", "12/2022"),
    ("Hanse Energie AG", "Backend Developer", "10/2018", "02/2021"),
    ("Otto Versand GmbH & Co. KG", "Working Student, Business Intelligence", "04/2017", "09/2018"),
]))

# ---------------------------------------------------------------- 16 veterinarian, New Zealand
R.append(("16_veterinarian_nz_md", "md", """\
## Dr. Hannah Whitcombe BVSc MANZCVS

Mixed-practice veterinarian · Hamilton, New Zealand
+64 21 555 0381 · hannah.whitcombe.vet@xtra.co.nz
Registered with the Veterinary Council of New Zealand (#6142)

### Clinical Experience

- **Associate Veterinarian**, Waikato Vet Group, Hamilton — *Feb 2020 – Present*
  - 60/40 dairy and companion animal caseload; herd health plans for 14 dairy clients
  - Soft-tissue surgery, orthopaedics (TPLO assist), ultrasound pregnancy testing
  - Supervise 2 new graduates through the VetStart programme
- **Graduate Veterinarian**, Rangiora Veterinary Centre, Canterbury — *Jan 2018 – Jan 2020*
  - Small animal consults, after-hours on-call roster, calving season callouts
- **Locum Veterinary Surgeon**, Northwick Park Veterinary Hospital Ltd, London — *2017*

### Education

- Bachelor of Veterinary Science (BVSc), Massey University, 2017
- Membership of ANZCVS, Dairy Cattle Medicine, 2022

### Skills

Bovine reproduction & mastitis management · general anaesthesia · dentistry ·
abdominal ultrasound · VetCare/ezyVet · client communication · Te Reo Māori (basic)
""", "Hannah Whitcombe", "hannah.whitcombe.vet@xtra.co.nz", "+64 21 555 0381", [
    ("Waikato Vet Group", "Associate Veterinarian", "Feb 2020", None),
    ("Rangiora Veterinary Centre", "Graduate Veterinarian", "Jan 2018", "Jan 2020"),
    ("Northwick Park Veterinary Hospital Ltd", "Locum Veterinary Surgeon", "2017", None),
]))

for stem, ext, text, name, email, phone, jobs in R:
    with open(path(stem, ext), "w", encoding="utf-8") as f:
        f.write(text)
    truth(stem, name, email, phone, jobs)
print("wrote", len(R), "text/markdown resumes")
