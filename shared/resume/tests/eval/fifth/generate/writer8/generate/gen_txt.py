"""Generate the ten plain-text resumes (w8_01 .. w8_10) and their truth files."""
from common import job, truth, save_text, save_truth

RESUMES = []


def add(stem, text, t):
    RESUMES.append((stem, text, t))


# ---------------------------------------------------------------------------
# 01 Locksmith, England (UK). Dates-first blocks, mixed bullet glyphs, army.
# ---------------------------------------------------------------------------
add("w8_01_locksmith_txt", """
DARREN WHITCOMBE
12 Ashby Road, Loughborough, Leicestershire LE11 3AA
Mobile: 07700 900417  |  Email: darren.whitcombe@example.co.uk

PERSONAL PROFILE
Time-served locksmith with 11 years in the trade and a background in the Royal
Engineers. I run a one-van mobile locksmith business covering Leicester,
Loughborough and Charnwood, dealing with emergency lock-outs, UPVC door
mechanisms, safe opening and access control for letting agents and housing
associations. Calm under pressure, tidy, and used to working in occupied homes
with elderly and vulnerable customers. Now looking for a senior technician or
supervisory role with an established security company.

KEY SKILLS
- Non-destructive entry (picking, impressioning, letterbox tools)
- UPVC multipoint mechanism repair and replacement
- Safe opening, servicing and installation (Grade 0 to Grade 3)
- Master key suite design and restricted key systems
- Access control and door entry (Paxton Net2, Videx)
- Quoting, invoicing and customer care

EMPLOYMENT HISTORY

May 2017 – Present
Owner / Master Locksmith – Whitcombe Locks & Security, Leicester
  * Run every part of the business: call handling, 24-hour call-outs, quoting,
    stock and bookkeeping (approx. 1,100 jobs a year)
  * Approved contractor for two housing associations and six letting agents;
    same-day lock changes for void properties and tenancy changeovers
  * Install and service British Standard (BS 3621) locks to insurance spec
  * Gained MLA-approved company status in 2020 (vetted and inspected annually)

Aug 2013 – Apr 2017
Mobile Locksmith – Keyline Security Services Ltd, Nottingham
  * Attended 6-8 domestic and commercial call-outs per day across the East Midlands
  * Fitted and maintained master key suites for schools and office blocks
  * Trained two apprentice locksmiths in picking and UPVC work

Sept 2010 – Jul 2013
Key Cutter & Shop Assistant – Harlow & Sons Hardware, Loughborough
  * Cut cylinder, mortice, car and security keys; served trade counter
  * Started learning lock fitting and repairs under the owner, a retired locksmith

2006 – 2010
Combat Engineer (Sapper) – British Army
  * Served with 36 Engineer Regiment, including a six-month tour of Afghanistan (2008)
  * Construction, demolition and search tasks; Class 2 carpenter & joiner trade

QUALIFICATIONS & TRAINING
  * MLA Foundation Locksmithing Course – Master Locksmiths Association, 2013
  * City & Guilds Level 2 Award in Locksmithing, 2014
  * Safe Engineering (Level 1 and 2), 2018
  * Paxton Certified Installer, 2021

EDUCATION
Rawlins Academy, Quorn – 7 GCSEs including Maths and English (2005)

ADDITIONAL INFORMATION
Full clean UK driving licence  |  Enhanced DBS (renewed 2024)  |  CSCS card holder
Interests: five-a-side football, restoring old padlocks, Sunday league coaching

References available on request.
""", truth(
    "Darren Whitcombe", "darren.whitcombe@example.co.uk", "07700 900417",
    [
        job("Whitcombe Locks & Security", "Owner / Master Locksmith", "May 2017"),
        job("Keyline Security Services Ltd", "Mobile Locksmith", "Aug 2013", "Apr 2017"),
        job("Harlow & Sons Hardware", "Key Cutter & Shop Assistant", "Sept 2010", "Jul 2013"),
        job("British Army", "Combat Engineer (Sapper)", "2006", "2010"),
    ],
    [
        "Non-destructive entry (picking, impressioning, letterbox tools)",
        "UPVC multipoint mechanism repair and replacement",
        "Safe opening, servicing and installation (Grade 0 to Grade 3)",
        "Master key suite design and restricted key systems",
        "Access control and door entry (Paxton Net2, Videx)",
        "Quoting, invoicing and customer care",
    ]))

# ---------------------------------------------------------------------------
# 02 Farrier, Ireland. Banner headings, company-first with dates at right,
# concurrent contract role, "Summer 2011", "2016 – now".
# ---------------------------------------------------------------------------
add("w8_02_farrier_txt", """
Cathal Ó Briain
Registered Farrier
Naas, Co. Kildare   *   +353 (0)86 555 2741   *   cathal.obriain@example.ie

============================================================================
ABOUT ME
============================================================================
Registered farrier (DipWCF) with nine years working on thoroughbreds, sport
horses and ponies around Kildare and the Curragh. I run my own round with a
mobile gas forge and work closely with vets on remedial cases. Reliable,
good with young and difficult horses, and happy to travel.

============================================================================
WORK
============================================================================

Ó Briain Farriery, Naas                                          2016 – now
Self-employed Registered Farrier
  > Around 140 regular clients: studs, racing yards, show jumpers, riding
    schools and leisure horses
  > Remedial shoeing on referral from three equine veterinary practices
  > Handle bookings, invoicing and stock myself; one apprentice since 2022

Tullyglass Stud, Kilcullen                                       2019 – now
Contract Farrier
  > Two days a week on contract: foals, yearlings and broodmares
  > Foal trimming programme with the stud vet for angular limb deformities
  > Sales preparation for yearlings going to Goffs and Tattersalls

Foley Forge, Kilcullen                                          2012 – 2016
Apprentice Farrier
  > Four-year apprenticeship under Michael Foley AWCF
  > Made and fitted handmade shoes; learned hot shoeing on racehorses
  > Prepared for and passed the DipWCF exam at the first attempt

Rathbride Racing Stables, The Curragh                           Summer 2011
Yard Hand
  > Mucking out, feeding, leading up and riding out second lot

============================================================================
QUALIFICATIONS
============================================================================
2016   Diploma of the Worshipful Company of Farriers (DipWCF)
2016   Registered with the Irish Farriers Registration Council
2011   Leaving Certificate - Patrician Secondary School, Newbridge

============================================================================
SKILLS
============================================================================
  - Hot and cold shoeing
  - Remedial and therapeutic shoeing (heart bars, egg bars, wedges)
  - Foal trimming and corrective work
  - Working with vets on lameness and laminitis cases
  - Forge work and handmade shoes
  - Full clean driving licence, own van and mobile forge

============================================================================
OTHER
============================================================================
Hurling with Sarsfields GAA. Hunt with the Kildare Foxhounds in winter.

Referee: Michael Foley AWCF, Foley Forge, Kilcullen - 045 555 0110
""", truth(
    "Cathal Ó Briain", "cathal.obriain@example.ie", "+353 (0)86 555 2741",
    [
        job("Ó Briain Farriery", "Self-employed Registered Farrier", "2016"),
        job("Tullyglass Stud", "Contract Farrier", "2019"),
        job("Foley Forge", "Apprentice Farrier", "2012", "2016"),
        job("Rathbride Racing Stables", "Yard Hand", "Summer 2011"),
    ],
    [
        "Hot and cold shoeing",
        "Remedial and therapeutic shoeing (heart bars, egg bars, wedges)",
        "Foal trimming and corrective work",
        "Working with vets on lameness and laminitis cases",
        "Forge work and handmade shoes",
        "Full clean driving licence, own van and mobile forge",
    ]))

# ---------------------------------------------------------------------------
# 03 HSE Officer, Nigeria. Surname-first name, personal data block,
# key/value job blocks, NYSC + SIWES, "Feb. 2017 – Date", referees' phones.
# ---------------------------------------------------------------------------
add("w8_03_hse_officer_txt", """
                              CURRICULUM VITAE

NWOSU, CHUKWUEMEKA OBINNA

PERSONAL DATA
Address:            No. 14 Aba Road, Rumuola, Port Harcourt, Rivers State
Phone:              +234 803 555 0147
E-mail:             emeka.nwosu@example.com
Date of Birth:      12th March, 1989
Sex:                Male
Marital Status:     Married
State of Origin:    Anambra State
L.G.A.:             Nnewi North
Nationality:        Nigerian

CAREER OBJECTIVE
To build a career as a Health, Safety and Environment professional in a
reputable oil and gas organisation, where my training, field experience and
commitment to zero harm will contribute to safe and profitable operations.

EDUCATIONAL QUALIFICATIONS WITH DATES
2007 - 2012    Federal University of Technology, Owerri
               B.Eng. Chemical Engineering (Second Class Upper Division)
2000 - 2006    Community Secondary School, Nnewi
               West African Senior School Certificate (WASSCE)

PROFESSIONAL CERTIFICATIONS
  - NEBOSH International General Certificate (IGC) - 2016
  - ISO 45001:2018 Lead Auditor (IRCA) - 2021
  - OSHA 30-Hour General Industry - 2018
  - HSE Level 1, 2 & 3 (ISPON) - 2014
  - BOSIET with CA-EBS (OPITO) - 2019
  - First Aid / CPR / AED (Nigerian Red Cross) - 2023

WORK EXPERIENCE

1.  Organisation:   Deltaline Oilfield Services Ltd., Port Harcourt
    Position:       HSE Officer
    Duration:       Feb. 2017 - Date
    Duties:
      - Implement the company HSE-MS across 3 swamp and land well-servicing
        locations (120+ personnel)
      - Issue and audit permits-to-work; lead daily toolbox talks and JHAs
      - Investigate incidents and near-misses (RCA / 5-Whys); track close-out
        of corrective actions
      - Prepare monthly HSE statistics (LTIFR, TRIR) for client reporting
      - Coordinated emergency drills; achieved 1.4 million man-hours without LTI

2.  Organisation:   Rivgas Construction Nigeria Ltd, Onne
    Position:       Safety Assistant
    Employment:     Contract
    Duration:       Jun. 2015 - Jan. 2017
    Duties:
      - Site safety inspections on pipeline and civil works
      - Maintained fire extinguisher, PPE and first-aid registers
      - Delivered HSE induction to new workers and visitors

3.  Organisation:   Rivers State Ministry of Environment, Port Harcourt
    Position:       NYSC Corps Member
    Unit:           Environmental Inspectorate
    Duration:       Apr. 2013 - Mar. 2014
    Duties:
      - Joined inspections of filling stations and waste sites
      - Compiled inspection reports and sensitisation materials

4.  Organisation:   Okrika Refining Services Ltd, Okrika
    Position:       SIWES Industrial Trainee
    Duration:       Jul. 2010 - Dec. 2010
    Duties:
      - Assisted process and safety engineers in the utilities unit

SKILLS & COMPETENCIES
  * Permit-to-work systems and isolation (LOTO)
  * Job Hazard Analysis (JHA) / Job Safety Analysis (JSA)
  * Incident investigation and root cause analysis
  * HSE audits and inspections
  * Emergency response planning and drills
  * Microsoft Office (Word, Excel, PowerPoint)

HOBBIES
Reading, football and community service.

REFEREES
1. Engr. Tamunoemi Briggs
   Operations Manager, Deltaline Oilfield Services Ltd., Port Harcourt
   Tel: +234 805 555 0163

2. Dr. (Mrs.) Ngozi Eze
   Senior Lecturer, Dept. of Chemical Engineering, FUTO, Owerri
   Tel: +234 703 555 0120
""", truth(
    "Chukwuemeka Obinna Nwosu", "emeka.nwosu@example.com", "+234 803 555 0147",
    [
        job("Deltaline Oilfield Services Ltd.", "HSE Officer", "Feb. 2017"),
        job("Rivgas Construction Nigeria Ltd", "Safety Assistant", "Jun. 2015", "Jan. 2017"),
        job("Rivers State Ministry of Environment", "NYSC Corps Member", "Apr. 2013", "Mar. 2014"),
        job("Okrika Refining Services Ltd", "SIWES Industrial Trainee", "Jul. 2010", "Dec. 2010"),
    ],
    [
        "Permit-to-work systems and isolation (LOTO)",
        "Job Hazard Analysis (JHA) / Job Safety Analysis (JSA)",
        "Incident investigation and root cause analysis",
        "HSE audits and inspections",
        "Emergency response planning and drills",
        "Microsoft Office (Word, Excel, PowerPoint)",
    ]))

# ---------------------------------------------------------------------------
# 04 Company Secretary, India. "RESUME", Designation/Period rows,
# Aug'2018 – Till date, personal details + declaration.
# ---------------------------------------------------------------------------
add("w8_04_company_secretary_txt", """
                                   RESUME

PRIYANKA RAGHUNATHAN, ACS
Flat No. B-304, Sai Samarth Residency, Baner, Pune - 411045
Mobile: +91-98455-50123    |    E-mail: priyanka.raghunathan@example.com

CAREER OBJECTIVE
Seeking a challenging position as Company Secretary in a progressive listed
organisation where my knowledge of corporate laws and secretarial practice can
add value to governance and compliance.

PROFESSIONAL QUALIFICATIONS
  * Associate Member, The Institute of Company Secretaries of India (ICSI) - 2016
  * LL.B., Savitribai Phule Pune University - 2015
  * B.Com., Brihan Maharashtra College of Commerce, Pune - 2012

WORK EXPERIENCE  (Total: 10+ years)

1)  SAHYADRI AGRO FOODS LIMITED, Pune
    Designation  : Company Secretary & Compliance Officer
    Period       : Aug'2018 - Till date
    Job Profile  :
      > Handle all secretarial compliances of a company listed on BSE & NSE
        and its 4 subsidiaries
      > Convene Board, Committee and General Meetings (incl. VC/OAVM AGMs);
        draft agenda, notices, minutes and resolutions
      > Quarterly compliances under SEBI (LODR) Regulations, 2015 and
        SEBI (PIT) Regulations, 2015; maintain Structured Digital Database
      > Coordinate with RTA, depositories and stock exchanges; investor
        grievance redressal through SCORES
      > Handled rights issue of Rs. 180 crore (2022) and ESOP scheme 2023

2)  KAVERI INFRA PROJECTS PVT. LTD., Mumbai
    Designation  : Assistant Company Secretary
    Period       : Jun'2016 - Jul'2018
    Job Profile  :
      > E-filing of forms with MCA (MGT-7, AOC-4, DIR-3 KYC, CHG-1 etc.)
      > Maintenance of statutory registers and minute books
      > FEMA compliances for foreign investment - FC-GPR, FLA return

3)  M/s. R. VENKATESH & ASSOCIATES, Pune
    Designation  : Management Trainee
    Period       : Dec'2014 - Feb'2016
    Job Profile  :
      > 15 months' management training as prescribed by ICSI with a firm of
        Practising Company Secretaries
      > Secretarial audits, due diligence and incorporation of companies/LLPs

KEY SKILLS
  * Companies Act, 2013 and SEBI (LODR) Regulations, 2015 compliance
  * Board and General Meeting management
  * MCA21 V3 e-filings and XBRL
  * Secretarial Audit and Due Diligence
  * FEMA / RBI reporting (FC-GPR, ODI, ECB)
  * MS Office, Tally ERP and Diligent Boards

PERSONAL DETAILS
Father's Name      : Mr. S. Raghunathan
Date of Birth      : 09-11-1990
Gender             : Female
Marital Status     : Married
Languages Known    : English, Hindi, Marathi and Tamil
Nationality        : Indian

DECLARATION
I hereby declare that the information furnished above is true to the best of
my knowledge and belief.

Place : Pune
Date  :                                              (PRIYANKA RAGHUNATHAN)
""", truth(
    "Priyanka Raghunathan", "priyanka.raghunathan@example.com", "+91-98455-50123",
    [
        job("SAHYADRI AGRO FOODS LIMITED", "Company Secretary & Compliance Officer", "Aug'2018"),
        job("KAVERI INFRA PROJECTS PVT. LTD.", "Assistant Company Secretary", "Jun'2016", "Jul'2018"),
        job("M/s. R. VENKATESH & ASSOCIATES", "Management Trainee", "Dec'2014", "Feb'2016"),
    ],
    [
        "Companies Act, 2013 and SEBI (LODR) Regulations, 2015 compliance",
        "Board and General Meeting management",
        "MCA21 V3 e-filings and XBRL",
        "Secretarial Audit and Due Diligence",
        "FEMA / RBI reporting (FC-GPR, ODI, ECB)",
        "MS Office, Tally ERP and Diligent Boards",
    ]))

# ---------------------------------------------------------------------------
# 05 Zookeeper, Australia. Nickname in name, two roles at one zoo,
# "January 2022 to date", volunteer section, referees with phones.
# ---------------------------------------------------------------------------
add("w8_05_zookeeper_txt", """
Jessica (Jess) Tran
Dubbo NSW 2830 | 0491 570 156 | jess.tran@example.com.au

CAREER OBJECTIVE
Experienced carnivore keeper seeking a Senior or Team Leader keeper position
in a conservation-focused zoo, ideally working with a regional breeding
program for African species.

KEY SKILLS
• Husbandry of large carnivores (lions, cheetahs, African painted dogs)
• Operant conditioning and positive-reinforcement training
• Enrichment design and behavioural observation (ZIMS records)
• Dangerous-animal protocols and keeper safety systems
• Public speaking – keeper talks and animal encounters
• Darting support and assisting with veterinary procedures

EMPLOYMENT HISTORY

Mallee Ridge Zoo, Dubbo NSW

  Senior Keeper – Carnivores
  January 2022 to date
  • Lead a team of 5 keepers across the lion, cheetah and painted dog precincts
  • Coordinate the cheetah breeding program with the regional studbook keeper;
    two litters raised (2022, 2024)
  • Write daily rosters, SOPs and risk assessments; train new staff on
    dangerous-animal protocols

  Keeper – Carnivores & Primates
  March 2019 to December 2021
  • Daily husbandry, cleaning, diet preparation and health checks
  • Built a voluntary blood-draw training program for two lionesses
  • Presented 4 public keeper talks a day during school holidays

Coastal Reptile Park, Somersby NSW

  Casual Keeper
  February 2017 to February 2019
  • Husbandry of venomous snakes, crocodilians and native mammals
  • Assisted with the snake venom collection program

FreshCo Supermarkets, Armidale NSW

  Casual Customer Service Assistant
  2013 to 2016
  • Checkout, stock replenishment and customer enquiries while studying

VOLUNTEER WORK
WIRES Wildlife Rescue – Rescue & Care Volunteer, 2014 to present
  (macropod and possum foster carer; rescue hotline shifts)

EDUCATION & TRAINING
Certificate III in Captive Animals (ACM30317) – TAFE NSW, 2018
Bachelor of Science (Zoology) – University of New England, 2013 to 2016

LICENCES & CERTIFICATES
NSW Driver Licence (Class C) | First Aid HLTAID011 (2024) |
Venomous Snake Handling Certificate | Working with Children Check

REFEREES
Dr Ben Hollis – Life Sciences Manager, Mallee Ridge Zoo – 0491 570 157
Karen Lowe – Head Keeper, Coastal Reptile Park – 0491 570 158
""", truth(
    "Jessica Tran", "jess.tran@example.com.au", "0491 570 156",
    [
        job("Mallee Ridge Zoo", "Senior Keeper – Carnivores", "January 2022"),
        job("Mallee Ridge Zoo", "Keeper – Carnivores & Primates", "March 2019", "December 2021"),
        job("Coastal Reptile Park", "Casual Keeper", "February 2017", "February 2019"),
        job("FreshCo Supermarkets", "Casual Customer Service Assistant", "2013", "2016"),
    ],
    [
        "Husbandry of large carnivores (lions, cheetahs, African painted dogs)",
        "Operant conditioning and positive-reinforcement training",
        "Enrichment design and behavioural observation (ZIMS records)",
        "Dangerous-animal protocols and keeper safety systems",
        "Public speaking – keeper talks and animal encounters",
        "Darting support and assisting with veterinary procedures",
    ]))

# ---------------------------------------------------------------------------
# 06 Shipbroker, Singapore. Three roles under one broker, "2017–21" short
# dates, National Service, inline "·"-separated skills.
# ---------------------------------------------------------------------------
add("w8_06_shipbroker_txt", """
RYAN LIM WEI JIE
Dry Bulk Shipbroker  ·  MICS
Singapore  ·  +65 9555 0182  ·  ryan.lim@example.com.sg

--- PROFILE ---------------------------------------------------------------

Dry cargo broker with ten years on the Singapore desk, covering Supramax and
Ultramax fixtures for grain, coal and minerals out of Southeast Asia, India
and Australia. Strong relationships with Chinese, Indonesian and Indian
charterers; comfortable negotiating in English and Mandarin around the clock.

--- WORK EXPERIENCE -------------------------------------------------------

MERIDIAN SHIPBROKING PTE LTD, Singapore                          2015 – Present

  Senior Dry Cargo Broker (Supramax/Ultramax)                     2021 – Present
    · Run a book of 9 core charterers; ~180 fixtures a year (voyage and TC)
    · Mentor two junior brokers; co-author the desk's weekly market report
    · Opened coverage of Indian steel mills, now 20% of desk commission

  Dry Cargo Broker                                                2017–21
    · Negotiated voyage and time-charter fixtures from main terms to recap
    · Built period-cover pipeline for two owners' Ultramax newbuildings

  Trainee Broker                                                  2015–17
    · Market reporting, position lists, post-fixture and laytime calculations

STRAITS MARITIME CHARTERING PTE LTD, Singapore

  Operations Executive                                            2013–15
    · Voyage operations for a fleet of 14 chartered-in Handysize vessels
    · Bunker planning, port agency appointments, demurrage claims

SINGAPORE ARMED FORCES

  Section Commander (3SG)                                         2007–09
    Full-time National Service, 3rd Battalion Singapore Guards

--- EDUCATION -------------------------------------------------------------

Nanyang Technological University                                  2009–13
  B.Sc. (Maritime Studies), Second Upper Honours

Institute of Chartered Shipbrokers                                   2019
  Member (MICS) – Dry Cargo Chartering

--- SKILLS ----------------------------------------------------------------

Chartering negotiation (voyage & time charter) · Laytime & demurrage
Freight market analysis (BDI, FFA) · BIMCO & NYPE charter party forms
Excel modelling · Mandarin & English (bilingual) · Bahasa Melayu (conversational)
""", truth(
    "Ryan Lim Wei Jie", "ryan.lim@example.com.sg", "+65 9555 0182",
    [
        job("MERIDIAN SHIPBROKING PTE LTD", "Senior Dry Cargo Broker (Supramax/Ultramax)", "2021"),
        job("MERIDIAN SHIPBROKING PTE LTD", "Dry Cargo Broker", "2017", "21"),
        job("MERIDIAN SHIPBROKING PTE LTD", "Trainee Broker", "2015", "17"),
        job("STRAITS MARITIME CHARTERING PTE LTD", "Operations Executive", "2013", "15"),
        job("SINGAPORE ARMED FORCES", "Section Commander (3SG)", "2007", "09"),
    ],
    [
        "Chartering negotiation (voyage & time charter)",
        "Laytime & demurrage",
        "Freight market analysis (BDI, FFA)",
        "BIMCO & NYPE charter party forms",
        "Excel modelling",
        "Mandarin & English (bilingual)",
        "Bahasa Melayu (conversational)",
    ]))

# ---------------------------------------------------------------------------
# 07 Perfusionist, USA. Credentials after name, MM/YYYY dates at right,
# experience split across "Clinical", "Prior Healthcare" and "Military".
# ---------------------------------------------------------------------------
add("w8_07_perfusionist_txt", """
MARCUS D. ELLERY, MS, CCP
Columbus, OH 43215 | (614) 555-0139 | mellery@example.com

PROFESSIONAL SUMMARY
Certified Clinical Perfusionist with 9+ years of adult and pediatric cardiac
surgery experience at a high-volume Level I center (1,100+ pump cases).
Skilled in ECMO program support, mechanical circulatory support and
blood-conservation strategies. U.S. Navy veteran.

CERTIFICATIONS & LICENSURE
  - Certified Clinical Perfusionist (CCP), ABCP - 2015, current
  - Licensed Perfusionist, State of Ohio - current
  - BLS / ACLS / PALS (American Heart Association) - current

CLINICAL EXPERIENCE

Riverside Heart & Vascular Institute - Columbus, OH
Staff Perfusionist II                                     06/2016 - Present
  - Primary perfusionist for CABG, valve, aortic and congenital cases
    (avg. 130 pump cases/year)
  - ECMO call rotation: VA/VV cannulation support, transports and daily
    circuit checks for a 12-bed ECMO program
  - Led the switch to Terumo System 1 consoles; wrote training checklists
  - Precept perfusion students from two accredited programs

Keystone Perfusion Partners - Pittsburgh, PA
Travel Perfusionist                                       09/2015 - 05/2016
  - Contract coverage at four community hospitals in PA and WV
  - Managed autotransfusion and IABP for cardiac and vascular teams

EDUCATION
Master of Science, Perfusion Science                           2013 - 2015
  The Ohio State University, Columbus, OH
  Clinical rotations: adult CT surgery, pediatric cardiac surgery, ECMO
Bachelor of Science, Biology                                   2007 - 2013
  Old Dominion University, Norfolk, VA (part-time while on active duty)

PRIOR HEALTHCARE EXPERIENCE

Mercy St. Luke's Hospital - Toledo, OH
Cardiovascular Technician (Cath Lab)                      10/2011 - 07/2013
  - Hemodynamic monitoring and scrubbing for diagnostic and PCI procedures

MILITARY SERVICE

United States Navy
Hospital Corpsman Third Class (HM3)                       08/2007 - 08/2011
  - Naval Medical Center Portsmouth, VA: surgical ward and OR support
  - Honorable discharge; Navy and Marine Corps Achievement Medal

TECHNICAL SKILLS
  * Terumo System 1 and LivaNova S5 heart-lung machines
  * ECMO (VA/VV) initiation, transport and management
  * Impella, IABP and VAD support
  * Autotransfusion (Cell Saver Elite)
  * Point-of-care testing: ACT, TEG 6s, i-STAT
  * Pediatric and congenital bypass
  * Epic and Spectrum Medical VIPER data management

PROFESSIONAL AFFILIATIONS
American Society of ExtraCorporeal Technology (AmSECT), member since 2013
""", truth(
    "Marcus D. Ellery", "mellery@example.com", "(614) 555-0139",
    [
        job("Riverside Heart & Vascular Institute", "Staff Perfusionist II", "06/2016"),
        job("Keystone Perfusion Partners", "Travel Perfusionist", "09/2015", "05/2016"),
        job("Mercy St. Luke's Hospital", "Cardiovascular Technician (Cath Lab)", "10/2011", "07/2013"),
        job("United States Navy", "Hospital Corpsman Third Class (HM3)", "08/2007", "08/2011"),
    ],
    [
        "Terumo System 1 and LivaNova S5 heart-lung machines",
        "ECMO (VA/VV) initiation, transport and management",
        "Impella, IABP and VAD support",
        "Autotransfusion (Cell Saver Elite)",
        "Point-of-care testing: ACT, TEG 6s, i-STAT",
        "Pediatric and congenital bypass",
        "Epic and Spectrum Medical VIPER data management",
    ]))

# ---------------------------------------------------------------------------
# 08 Caregiver, Philippines. Personal information block, upper-case titles,
# overseas household employer, gap, character references, certification.
# ---------------------------------------------------------------------------
add("w8_08_caregiver_txt", """
                                    RESUME

MARICEL D. BAUTISTA
Blk 7 Lot 12, Brgy. San Isidro, Cabanatuan City, Nueva Ecija 3100
Mobile No.: +63 917 555 0284
E-mail: maricel.bautista@example.com


OBJECTIVE:
    To work as a Caregiver in a home or care facility abroad where I can use
    my experience in elderly, dementia and bedridden patient care, and to give
    honest and compassionate service to my employer.


PERSONAL INFORMATION:
    Age              :  34 years old
    Date of Birth    :  June 5, 1990
    Place of Birth   :  Cabanatuan City
    Sex              :  Female
    Civil Status     :  Single
    Height / Weight  :  5'2" / 52 kg
    Religion         :  Roman Catholic
    Citizenship      :  Filipino


WORK EXPERIENCE:

    CAREGIVER
    Golden Years Home Care Services, Quezon City
    June 2021 – present
      *  Home-based care for elderly clients (2–3 clients per week rotation)
      *  Bathing, feeding, toileting, turning and positioning of bedridden patients
      *  Recording vital signs and reporting changes to the nurse supervisor

    CAREGIVER (LIVE-IN)
    Lin Family, Taichung City, Taiwan
    January 2016 – December 2019
      *  Took care of an 86-year-old grandmother with dementia and diabetes
      *  Gave medicines on time, checked blood sugar, prepared low-sugar meals
      *  Accompanied her to hospital check-ups and daily walks in wheelchair
      *  Learned basic Mandarin to communicate with the family

    NURSING AIDE
    St. Jude General Hospital, Cabanatuan City
    March 2013 – November 2015
      *  Assisted nurses in the medical ward; changed linens and bed-bathed patients
      *  Transported patients to laboratory and x-ray

    SALESLADY
    Megacenter Department Store, Cabanatuan City
    April 2011 – February 2013


EDUCATIONAL ATTAINMENT:
    Vocational  :  Caregiving NC II (TESDA) – Nueva Ecija Skills Training Center, 2012
    Tertiary    :  Bachelor of Science in Midwifery (2nd year level)
                   Wesleyan University-Philippines, 2008 – 2010
    Secondary   :  Cabanatuan City National High School, 2003 – 2007


TRAININGS / SEMINARS ATTENDED:
    *  Basic Life Support and First Aid – Philippine Red Cross, 2023
    *  Dementia Care Seminar – Golden Years Home Care Services, 2022
    *  Pre-Departure Orientation Seminar (PDOS) – OWWA, 2015


SKILLS:
    *  Assisting elderly with activities of daily living (bathing, feeding, toileting)
    *  Dementia, stroke and bedridden patient care
    *  Taking vital signs and giving medicines on time
    *  Cooking healthy meals for special diets (diabetic, low-salt)
    *  Basic Mandarin (conversational)
    *  Patient, honest and hardworking


CHARACTER REFERENCES:
    Ms. Rowena P. Santos, RN
    Nurse Supervisor, Golden Years Home Care Services
    +63 918 555 0391

    Mrs. Lourdes T. Mendoza
    Barangay Kagawad, Brgy. San Isidro, Cabanatuan City
    +63 927 555 0455


    I hereby certify that the above information is true and correct to the
    best of my knowledge and belief.


                                                  MARICEL D. BAUTISTA
                                                       Applicant
""", truth(
    "Maricel D. Bautista", "maricel.bautista@example.com", "+63 917 555 0284",
    [
        job("Golden Years Home Care Services", "CAREGIVER", "June 2021"),
        job("Lin Family", "CAREGIVER (LIVE-IN)", "January 2016", "December 2019"),
        job("St. Jude General Hospital", "NURSING AIDE", "March 2013", "November 2015"),
        job("Megacenter Department Store", "SALESLADY", "April 2011", "February 2013"),
    ],
    [
        "Assisting elderly with activities of daily living (bathing, feeding, toileting)",
        "Dementia, stroke and bedridden patient care",
        "Taking vital signs and giving medicines on time",
        "Cooking healthy meals for special diets (diabetic, low-salt)",
        "Basic Mandarin (conversational)",
        "Patient, honest and hardworking",
    ]))

# ---------------------------------------------------------------------------
# 09 Stage Manager, Canada. Theatre-style CV: resident post + a credits table
# (production / position / company / year), other experience.
# ---------------------------------------------------------------------------
add("w8_09_stage_manager_txt", """
AMÉLIE FORTIN-BLAKE
Stage Manager  |  Canadian Actors' Equity Association (CAEA)
Toronto, ON  |  416-555-0172  |  amelie.fortinblake@example.ca

RESIDENT POSITION

Resident Stage Manager, Lakeshore Repertory Theatre (Toronto)      2021 – present
   Productions: Hamlet (2024, dir. Marcus Ohanian); The Drowsy Chaperone
   (2023, dir. Leah Brandt); Fences (2022, dir. Thomas Adeyemi);
   A Christmas Carol (2021, 2022, 2023)
   - Call 8-show weeks in a 450-seat thrust house; lead an ASM team of two
     and a run crew of nine
   - Run rehearsal halls, prompt books, daily reports and Equity paperwork
   - Coordinate touring remount of The Drowsy Chaperone to Ottawa (2024)

FREELANCE STAGE MANAGEMENT CREDITS

Production              Position                   Company                          Year
Les Belles-soeurs       Stage Manager              Théâtre du Quai, Montréal        2020
Blithe Spirit           Stage Manager              Northern Lights Festival Theatre 2019
Cinderella (panto)      Assistant Stage Manager    Elgin Panto Company              2019
The Nutcracker          Apprentice Stage Manager   Maplewood Ballet                 2018
Our Town                Assistant Stage Manager    Blue Heron Summer Theatre        2017

OTHER EXPERIENCE

Box Office Associate — Queen Street Playhouse, Toronto — 2016 – 2018 (part-time)
   Ticketing (Spektrix), front-of-house cash-out and patron services

TRAINING

BFA, Performance Production (Stage Management stream)
   Toronto Metropolitan University (formerly Ryerson), 2018
Stage Management Intensive — Banff Centre for Arts and Creativity, 2019

SPECIAL SKILLS

QLab 5 · Vectorworks (basic) · Bilingual English/French · WHMIS 2015 ·
Standard First Aid & CPR-C · Class G driver's licence · Fly rail operation

References available upon request.
""", truth(
    "Amélie Fortin-Blake", "amelie.fortinblake@example.ca", "416-555-0172",
    [
        job("Lakeshore Repertory Theatre", "Resident Stage Manager", "2021"),
        job("Théâtre du Quai", "Stage Manager", "2020"),
        job("Northern Lights Festival Theatre", "Stage Manager", "2019"),
        job("Elgin Panto Company", "Assistant Stage Manager", "2019"),
        job("Maplewood Ballet", "Apprentice Stage Manager", "2018"),
        job("Blue Heron Summer Theatre", "Assistant Stage Manager", "2017"),
        job("Queen Street Playhouse", "Box Office Associate", "2016", "2018"),
    ],
    [
        "QLab 5",
        "Vectorworks (basic)",
        "Bilingual English/French",
        "WHMIS 2015",
        "Standard First Aid & CPR-C",
        "Class G driver's licence",
        "Fly rail operation",
    ]))

# ---------------------------------------------------------------------------
# 10 Lift technician, Germany (German-language Lebenslauf). Dates in a left
# column ("seit 04/2018"), Persönliche Daten, Wehrdienst, signature line.
# ---------------------------------------------------------------------------
add("w8_10_lift_technician_txt", """
LEBENSLAUF

Tobias Schäfer
Servicetechniker für Aufzugsanlagen


PERSÖNLICHE DATEN

Anschrift:              Gneisenaustraße 14, 44147 Dortmund
Telefon:                0170 5550312
E-Mail:                 tobias.schaefer@example.de
Geburtsdatum/-ort:      17.08.1990 in Hagen
Staatsangehörigkeit:    deutsch
Familienstand:          verheiratet, ein Kind


BERUFLICHER WERDEGANG

seit 04/2018            Servicetechniker Aufzugsanlagen
                        Rhein-Ruhr Aufzugtechnik GmbH, Dortmund
                        - Wartung und Instandsetzung von ca. 120 Personen- und
                          Lastenaufzügen im Raum Dortmund/Unna
                        - Störungsbeseitigung im 24/7-Bereitschaftsdienst,
                          inkl. Personenbefreiung
                        - Vorbereitung und Begleitung der Hauptprüfungen durch
                          ZÜS (TÜV, DEKRA)
                        - Modernisierung von Steuerungen und Türantrieben

09/2013 – 03/2018       Monteur Neuanlagen
                        Westfalia Lift & Fördertechnik GmbH, Bochum
                        - Montage von Seil- und Hydraulikaufzügen in Neubauten
                        - Inbetriebnahme und Übergabe an den Kundendienst

09/2010 – 08/2013       Mechatroniker in der Instandhaltung
                        Hagener Maschinenbau AG, Hagen
                        - Instandhaltung von Pressen, Förderbändern und Krananlagen

03/2010 – 08/2010       Grundwehrdienst
                        Bundeswehr, Augustdorf


SCHUL- UND BERUFSAUSBILDUNG

08/2006 – 01/2010       Ausbildung zum Mechatroniker (IHK-Abschluss)
                        Hagener Maschinenbau AG, Hagen
08/2000 – 07/2006       Realschule am Volkspark, Hagen
                        Abschluss: Fachoberschulreife


WEITERBILDUNG

seit 2023               Meisterschule Elektrotechnik (berufsbegleitend), HWK Dortmund
2019                    Elektrofachkraft für festgelegte Tätigkeiten
2018                    Herstellerschulungen KONE MonoSpace und Schindler 3300


KENNTNISSE

- Aufzugsteuerungen (KONE, Schindler, Otis, Kollmorgen)
- Prüfungen nach BetrSichV und TRBS 3121
- Hydraulik- und Seilaufzüge
- SPS-Grundkenntnisse (Siemens S7)
- MS Office und SAP PM (Auftragsrückmeldung)
- Führerschein Klasse B


SPRACHEN

Deutsch (Muttersprache), Englisch (Grundkenntnisse)



Dortmund, 14.03.2025

Tobias Schäfer
""", truth(
    "Tobias Schäfer", "tobias.schaefer@example.de", "0170 5550312",
    [
        job("Rhein-Ruhr Aufzugtechnik GmbH", "Servicetechniker Aufzugsanlagen", "04/2018"),
        job("Westfalia Lift & Fördertechnik GmbH", "Monteur Neuanlagen", "09/2013", "03/2018"),
        job("Hagener Maschinenbau AG", "Mechatroniker in der Instandhaltung", "09/2010", "08/2013"),
        job("Bundeswehr", "Grundwehrdienst", "03/2010", "08/2010"),
    ],
    [
        "Aufzugsteuerungen (KONE, Schindler, Otis, Kollmorgen)",
        "Prüfungen nach BetrSichV und TRBS 3121",
        "Hydraulik- und Seilaufzüge",
        "SPS-Grundkenntnisse (Siemens S7)",
        "MS Office und SAP PM (Auftragsrückmeldung)",
        "Führerschein Klasse B",
    ]))


if __name__ == "__main__":
    for stem, text, t in RESUMES:
        save_text(stem, "txt", text)
        save_truth(stem, t)
        print("wrote", stem)
