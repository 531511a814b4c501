"""Plain-text resumes w5_01 .. w5_10."""
from common import job, truth, write_truth, write_text

R = []

# ---------------------------------------------------------------- 01 plumber (UK / Wales)
R.append(("w5_01_plumber_txt", """
GARETH LLEWELLYN
Gas Safe Registered Plumbing & Heating Engineer (Reg. No. 555123)

14 Heol y Nant, Pontypridd, CF37 4XX
Mobile: 07700 900461
Email: gareth.llewellyn@example.co.uk
Full UK driving licence (own van and tools)


PROFILE
-------
Time-served plumbing and heating engineer with 14 years' experience across
domestic and light commercial work. Boiler installs, unvented systems, bathroom
refits and reactive maintenance for housing associations. Tidy, punctual and
happy to cover out-of-hours call-outs.


EMPLOYMENT HISTORY
------------------

Plumbing & Heating Engineer (Self-employed)
Llewellyn Plumbing & Heating, Pontypridd                    Apr 2019 - present
  * Domestic boiler replacements (Worcester Bosch and Vaillant accredited
    installer - 7 and 10 year warranties)
  * Landlord gas safety certificates (CP12), roughly 40 a month
  * Bathroom and wet-room installations including tiling
  * Subcontract first/second fix for two local builders

Gas Engineer
Valleys Homes Housing Association, Caerphilly               Sept 2013 - Mar 2019
  * Planned and reactive maintenance on a stock of c. 3,000 homes
  * Annual gas servicing, fault-finding on combi and system boilers
  * Mentored two apprentices through their NVQ Level 2

Apprentice Plumber / Improver
D. Pritchard & Sons Ltd, Cardiff                            Sept 2009 - Aug 2013
  * Started as apprentice, kept on as improver after qualifying
  * First and second fix on new-build housing sites
  * Copper, plastic and lead work

Part-time: Stock Assistant, B&Q, Cardiff (2008 - 2010, weekends while at college)


QUALIFICATIONS & TICKETS
------------------------
NVQ Level 3 Plumbing and Heating - Coleg y Cymoedd, 2013
ACS: CCN1, CENWAT, CKR1, HTR1, CPA1 (renewed 2023)
Unvented Hot Water Storage Systems (G3)
Water Regulations (WRAS)
Energy Efficiency for Domestic Heating (Part L)
CSCS Blue card


SKILLS
------
Boiler installation & servicing • Fault finding • Unvented cylinders (G3) • Powerflushing • Bathroom fitting • Lead work • Customer liaison


Welsh speaker (conversational). References available on request.
""", truth(
    "Gareth Llewellyn", "gareth.llewellyn@example.co.uk", "07700 900461",
    [job("Llewellyn Plumbing & Heating", "Plumbing & Heating Engineer (Self-employed)", "Apr 2019"),
     job("Valleys Homes Housing Association", "Gas Engineer", "Sept 2013", "Mar 2019"),
     job("D. Pritchard & Sons Ltd", "Apprentice Plumber / Improver", "Sept 2009", "Aug 2013"),
     job("B&Q", "Stock Assistant", "2008", "2010")],
    ["Boiler installation & servicing", "Fault finding", "Unvented cylinders (G3)",
     "Powerflushing", "Bathroom fitting", "Lead work", "Customer liaison"])))

# ---------------------------------------------------------------- 02 midwife (Ireland)
R.append(("w5_02_midwife_txt", """
                              CURRICULUM VITAE


Name:            Siobhán Ní Bhriain
Address:         7 Glenard Park, Salthill, Galway H91 X2Y3
Mobile:          +353 (0)87 555 0142
Email:           siobhan.nibhriain@example.ie
NMBI PIN:        555012  (Registered Midwife; Registered General Nurse)


PERSONAL PROFILE

Clinical Midwife Manager with over twelve years' experience in busy tertiary
maternity units in Ireland and the UK. Calm under pressure, committed to
woman-centred care, and experienced in rostering, audit and teaching student
midwives. Currently completing an MSc in Midwifery Leadership.


PROFESSIONAL EXPERIENCE

March 2019 to date      Clinical Midwife Manager 2 (Delivery Suite)
                        University Hospital Galway
                        - Shift lead for a 12-room delivery suite (approx. 2,700 births/yr)
                        - Rostering for 38 WTE midwives; sick-leave and agency cover
                        - Led the local rollout of the National Maternity Healthcare Record
                        - Chair of the monthly CTG review meeting

Sept 2014 - Feb 2019    Staff Midwife
                        University Hospital Galway
                        - Rotated through antenatal, postnatal, delivery suite and
                          the early pregnancy unit
                        - Preceptor to BSc and Higher Diploma student midwives

Jan 2012 - Aug 2014     Staff Midwife (Band 5, then Band 6)
                        Liverpool Women's NHS Foundation Trust, Liverpool, UK
                        - Midwife-led unit and high-risk labour ward

Jan 2011 - Dec 2011     Intern Midwife (36-week rostered internship)
                        Coombe Women & Infants University Hospital, Dublin


EDUCATION

2023 - present   MSc Midwifery Leadership (part-time), University of Galway
2017             Postgraduate Certificate in Clinical Leadership, NUI Galway
2007 - 2011      BSc (Hons) Midwifery, Trinity College Dublin - First Class Honours


CONTINUING EDUCATION

Neonatal Resuscitation Programme (NRP) provider - renewed Jan 2024
PROMPT obstetric emergencies faculty member
K2 Fetal Monitoring Training - completed 2022
Breastfeeding support (BFHI 20-hour course)


INTERESTS

Sea swimming at Blackrock, Irish language (Gaeilge líofa), sean-nós singing.


REFEREES

Ms Áine Ó Sé, Director of Midwifery, University Hospital Galway
Tel: 091 555 0190   Email: aine.ose@example.ie

Ms Deirdre Costello, Clinical Midwife Manager 3, University Hospital Galway
Tel: 091 555 0178
""", truth(
    "Siobhán Ní Bhriain", "siobhan.nibhriain@example.ie", "+353 (0)87 555 0142",
    [job("University Hospital Galway", "Clinical Midwife Manager 2 (Delivery Suite)", "March 2019"),
     job("University Hospital Galway", "Staff Midwife", "Sept 2014", "Feb 2019"),
     job("Liverpool Women's NHS Foundation Trust", "Staff Midwife (Band 5, then Band 6)", "Jan 2012", "Aug 2014"),
     job("Coombe Women & Infants University Hospital", "Intern Midwife (36-week rostered internship)", "Jan 2011", "Dec 2011")],
    [])))

# ---------------------------------------------------------------- 03 quantity surveyor (South Africa)
R.append(("w5_03_quantity_surveyor_txt", """
THANDEKA MOKOENA
Professional Quantity Surveyor (PrQS)  |  SACQSP Reg. No. 5555/2016

Cell: 082 555 0193  |  E-mail: thandeka.mokoena@example.co.za  |  Midrand, Gauteng

______________________________________________________________________________

PERSONAL DETAILS

Nationality:        South African
Languages:          English, isiZulu, Sesotho, Afrikaans (basic)
Driver's licence:   Code B (EB), own vehicle
Notice period:      1 calendar month

______________________________________________________________________________

CAREER SUMMARY

Registered PrQS with ten years' post-graduate experience on commercial,
residential and public-sector projects up to R480m. Strong on JBCC contract
administration, cost planning and final accounts. Comfortable on both the
consulting and contracting side.

______________________________________________________________________________

EMPLOYMENT HISTORY

Company:     Pule Mahlangu Cost Consultants (Pty) Ltd
Position:    Associate Quantity Surveyor
Period:      Mar. 2021 - present
Duties:
   - Cost plans and estimates from concept to tender stage
   - Bills of quantities for schools and clinics (Gauteng DID framework)
   - Monthly valuations, escalation (CPAP) and payment certificates
   - Final accounts and dispute support on 3 JBCC contracts

Company:     Bakwena Construction (Pty) Ltd
Position:    Quantity Surveyor
Period:      Jan. 2018 - Feb. 2021
Duties:
   - Subcontractor procurement and adjudication
   - Variation orders, claims and site measurements
   - Cash-flow forecasts for projects up to R210m
Reason for leaving:  Career advancement (moved to consulting side)

Company:     Bakwena Construction (Pty) Ltd
Position:    Junior Quantity Surveyor
Period:      Feb. 2015 - Dec. 2017

Company:     City of Tshwane Metropolitan Municipality
Position:    Intern: Quantity Surveying (Built Environment Internship Programme)
Period:      Jan. 2014 - Jan. 2015

______________________________________________________________________________

QUALIFICATIONS

2013   BSc (Hons) Quantity Surveying - University of Pretoria
2012   BSc Construction Management - University of Pretoria
2008   National Senior Certificate (Matric) - Sunward Park High School

______________________________________________________________________________

SKILLS & SOFTWARE

JBCC & GCC contracts, Cost planning, Final accounts, Valuations & payment certificates, WinQS, CCS Candy, Buildsoft, MS Excel (advanced)

______________________________________________________________________________

REFERENCES

Mr. Sipho Mahlangu (Director, Pule Mahlangu Cost Consultants)   Cell: 083 555 0127
Ms. Anneke Botha (Contracts Manager, Bakwena Construction)      Cell: 072 555 0164
""", truth(
    "Thandeka Mokoena", "thandeka.mokoena@example.co.za", "082 555 0193",
    [job("Pule Mahlangu Cost Consultants (Pty) Ltd", "Associate Quantity Surveyor", "Mar. 2021"),
     job("Bakwena Construction (Pty) Ltd", "Quantity Surveyor", "Jan. 2018", "Feb. 2021"),
     job("Bakwena Construction (Pty) Ltd", "Junior Quantity Surveyor", "Feb. 2015", "Dec. 2017"),
     job("City of Tshwane Metropolitan Municipality",
         "Intern: Quantity Surveying (Built Environment Internship Programme)", "Jan. 2014", "Jan. 2015")],
    ["JBCC & GCC contracts", "Cost planning", "Final accounts", "Valuations & payment certificates",
     "WinQS", "CCS Candy", "Buildsoft", "MS Excel (advanced)"])))

# ---------------------------------------------------------------- 04 BPO team leader (Philippines)
R.append(("w5_04_bpo_team_leader_txt", """
MARIA CRISTINA "TINA" DELA CRUZ
Blk 12 Lot 8 Camella Homes, Brgy. Molino III, Bacoor, Cavite 4102
Mobile No.: 0917 555 0134
E-mail: tina.delacruz@example.com.ph


OBJECTIVE

   To obtain an Operations Manager position in a reputable BPO company where
   I can use my 8 years of experience in customer service and people
   management to help the team reach its KPIs.


WORK EXPERIENCE

NORTHSTAR GLOBAL SOLUTIONS, INC. - Eastwood City, Libis, Quezon City

   Team Leader - Customer Care (US Telco Account)
   June 2019 - Present
      > Handles a team of 18 agents on a voice account (inbound billing
        and retention)
      > Conducts daily huddles, weekly coaching and monthly scorecards
      > Consistently top 3 out of 22 teams in CSAT and AHT for 2023
      > Assists in hiring and nesting of new agents

   Subject Matter Expert (SME)
   January 2018 - May 2019
      > Floor support for escalated calls and supervisor call-backs
      > Created the account's bill-explanation job aid

   Customer Service Representative
   June 2016 - December 2017
      > Inbound customer care; Top Agent awardee (Q3 2017)


BAYSIDE CONTACT CENTER PHILS. CORP. - Pasay City

   Technical Support Representative (ISP Account)
   November 2014 - April 2016
      > Troubleshooting of DSL and cable internet connections
      > Average of 45 calls per shift, FCR 82%


MANILA BAY FOOD CORP. (franchisee) - SM Bacoor

   Service Crew (part-time, student)
   2012 - 2013


EDUCATION

   Tertiary:   Bachelor of Science in Information Technology
               (Undergraduate - completed 3rd year)
               STI College Bacoor, 2011 - 2014

   Secondary:  Bacoor National High School, 2007 - 2011


SKILLS

   * Excellent English communication skills (written and verbal)
   * People management and coaching
   * Avaya, Salesforce Service Cloud, Zendesk
   * MS Excel (pivot tables, VLOOKUP)
   * Typing speed of 55 wpm


TRAININGS AND SEMINARS ATTENDED

   Leadership Essentials for New Team Leaders - Northstar University, Aug 2019
   Coaching for Performance - Makati City, March 2021
   Basic Workplace Safety - DOLE-accredited, 2022


PERSONAL INFORMATION

   Date of Birth:   March 3, 1994
   Age:             31
   Civil Status:    Single
   Citizenship:     Filipino
   Religion:        Roman Catholic
   Height:          5'3"
   Languages:       English, Filipino


CHARACTER REFERENCES

   Mr. Jerome P. Santos
   Operations Manager, Northstar Global Solutions, Inc.
   Mobile: 0918 555 0112

   Ms. Kristine Joy A. Ramos
   Training Supervisor, Bayside Contact Center Phils. Corp.
   Mobile: 0927 555 0185


I hereby certify that the above information is true and correct to the best
of my knowledge and belief.

                                          MARIA CRISTINA R. DELA CRUZ
                                                  Applicant
""", truth(
    "Maria Cristina Dela Cruz", "tina.delacruz@example.com.ph", "0917 555 0134",
    [job("NORTHSTAR GLOBAL SOLUTIONS, INC.", "Team Leader - Customer Care (US Telco Account)", "June 2019"),
     job("NORTHSTAR GLOBAL SOLUTIONS, INC.", "Subject Matter Expert (SME)", "January 2018", "May 2019"),
     job("NORTHSTAR GLOBAL SOLUTIONS, INC.", "Customer Service Representative", "June 2016", "December 2017"),
     job("BAYSIDE CONTACT CENTER PHILS. CORP.", "Technical Support Representative (ISP Account)",
         "November 2014", "April 2016"),
     job("MANILA BAY FOOD CORP.", "Service Crew (part-time, student)", "2012", "2013")],
    ["Excellent English communication skills (written and verbal)", "People management and coaching",
     "Avaya, Salesforce Service Cloud, Zendesk", "MS Excel (pivot tables, VLOOKUP)",
     "Typing speed of 55 wpm"])))

# ---------------------------------------------------------------- 05 actuary (Singapore)
R.append(("w5_05_actuary_txt", """
MARCUS LIM JUN HAO, FSA, FSAS
Singapore 520123  ::  +65 9555 0172  ::  marcus.lim@example.sg


SUMMARY
  Fellow of the Society of Actuaries with ten years in life & health
  insurance pricing and valuation across Singapore and Hong Kong. Led the
  pricing workstream of an IFRS 17 implementation; comfortable presenting
  to CFOs and the regulator.


EXPERIENCE

  Straits Mutual Assurance Pte Ltd, Singapore
    Senior Manager, Pricing Actuarial (Health & Protection)     2021 – now
      - Pricing for integrated shield and critical illness products,
        S$140m annual new-business premium
      - Built the experience-study pipeline in R/SQL (cut turnaround
        from 6 weeks to 8 days)
    Manager, Valuation (IFRS 17 implementation)                   2019–21
      - CSM and risk adjustment methodology; parallel runs with auditors

  Halden Actuarial Consulting, Hong Kong
    Consultant                                                  2016–2019
    Actuarial Analyst                                           2014–2016
      - Embedded value and M&A due diligence for Asian life insurers
      - Prophet model builds and model conversions

  Lion City Reinsurance Pte Ltd
    Actuarial Intern                                          Summer 2013

  Full-time National Service – Singapore Armed Forces
    Signals Section Commander (3SG)                   Dec 2008 – Oct 2010


EDUCATION
  B.Sc. (Hons) Statistics, specialisation in Actuarial Science
  National University of Singapore, 2010 – 2014 (Honours, Distinction)


PROFESSIONAL QUALIFICATIONS
  FSA, Society of Actuaries ................................ 2020
  Fellow, Singapore Actuarial Society ...................... 2021


SKILLS
  Prophet · R · SQL · Python (pandas) · VBA · IFRS 17 · Experience studies


LANGUAGES
  English (native), Mandarin (fluent), Cantonese (conversational)
""", truth(
    "Marcus Lim Jun Hao", "marcus.lim@example.sg", "+65 9555 0172",
    [job("Straits Mutual Assurance Pte Ltd", "Senior Manager, Pricing Actuarial (Health & Protection)", "2021"),
     job("Straits Mutual Assurance Pte Ltd", "Manager, Valuation (IFRS 17 implementation)", "2019", "21"),
     job("Halden Actuarial Consulting", "Consultant", "2016", "2019"),
     job("Halden Actuarial Consulting", "Actuarial Analyst", "2014", "2016"),
     job("Lion City Reinsurance Pte Ltd", "Actuarial Intern", "Summer 2013"),
     job("Singapore Armed Forces", "Signals Section Commander (3SG)", "Dec 2008", "Oct 2010")],
    ["Prophet", "R", "SQL", "Python (pandas)", "VBA", "IFRS 17", "Experience studies"])))

# ---------------------------------------------------------------- 06 safari guide (Kenya)
R.append(("w5_06_safari_guide_txt", """
                           CURRICULUM VITAE
                           ================

PERSONAL DETAILS
  Name:             Daniel Ole Sankale
  Date of Birth:    12th August 1988
  Nationality:      Kenyan
  ID No.:           25550134
  Telephone:        0722 555 019
  Email:            daniel.sankale@example.co.ke
  Address:          P.O. Box 55-20500, Narok
  Languages:        English, Kiswahili, Maa, German (basic)

CAREER OBJECTIVE
  A KPSGA Silver-level guide seeking a senior guiding or guide-training
  role with a lodge that values conservation and community.

WORK EXPERIENCE

  2019 – To date:  Enkang Ai Mara Tented Camp, Maasai Mara
  Position:        Head Guide
  Duties:
     • Lead a team of 9 driver-guides and 2 spotters
     • Plan daily game drives, walking safaris and balloon transfers
     • Train new guides for the KPSGA Bronze exam (7 passed so far)
     • Guest briefings on safety, Mara conservancies and Maasai culture

  2015 – 2019:     Savannah Trails Safaris Ltd, Nairobi
  Position:        Driver Guide
  Duties:
     • Guided 8 to 14-day itineraries: Amboseli, Tsavo, Samburu, Mara
     • Vehicle checks and basic Land Cruiser maintenance
     • Best guest reviews award (TripAdvisor) 2017 and 2018

  2013 – 2015:     Olkeri Community Conservancy
  Position:        Community Ranger (contract)
  Duties:
     • Anti-poaching patrols and wildlife census counts
     • Human–wildlife conflict reporting

EDUCATION AND TRAINING
  2017        KPSGA Silver Level Guide
  2013        KPSGA Bronze Level Guide
  2010–2011   Certificate in Tour Guiding and Administration, Kenya Utalii College
  2006        KCSE, Narok High School – Mean Grade B-

SKILLS AND COMPETENCIES
  • Bird identification (450+ species)
  • Tracking and animal behaviour
  • Defensive 4x4 driving
  • Wilderness First Responder
  • Photographic safari guiding
  • Customer care

VOLUNTEER
  2011 – 2012   Elephant collaring support, Mara Elephant Research (volunteer)

REFEREES
  1. Mr. Joseph Kipeen, Camp Manager, Enkang Ai Mara Tented Camp
     Tel: 0733 555 082
  2. Mrs. Wanjiku Mwangi, Operations Manager, Savannah Trails Safaris Ltd
     Tel: 0710 555 347, Email: ops@savannahtrails.example
""", truth(
    "Daniel Ole Sankale", "daniel.sankale@example.co.ke", "0722 555 019",
    [job("Enkang Ai Mara Tented Camp", "Head Guide", "2019"),
     job("Savannah Trails Safaris Ltd", "Driver Guide", "2015", "2019"),
     job("Olkeri Community Conservancy", "Community Ranger (contract)", "2013", "2015")],
    ["Bird identification (450+ species)", "Tracking and animal behaviour", "Defensive 4x4 driving",
     "Wilderness First Responder", "Photographic safari guiding", "Customer care"])))

# ---------------------------------------------------------------- 07 police constable (Canada, ex-military)
R.append(("w5_07_police_constable_txt", """
JEAN-PHILIPPE (J.P.) TREMBLAY
Kingston, ON  |  (613) 555-0187  |  jp.tremblay@example.ca
Bilingual (English/French) - Valid Ontario G licence


== PROFILE ==

Police constable with five years of front-line patrol experience, preceded by
six and a half years as a Military Police member in the Canadian Armed Forces.
Trained in crisis intervention, major scene management and use-of-force
instruction.


== PROFESSIONAL EXPERIENCE ==

Police Constable (First Class)
Northumberland Regional Police Service - Cobourg, ON
03/2019 - Present
  - Uniform patrol in a mixed urban/rural detachment; average 14 calls per shift
  - Mobile Crisis Rapid Response Team (MCRRT) partner with mental-health nurse
  - Coach Officer for two recruit constables (2022, 2024)
  - Use of Force Instructor since 2023

01/2018 - 02/2019  Career transition (relocation; completed Police Foundations
                   bridging courses and physical testing - PREP/OACP)

Corporal, Military Police
Canadian Armed Forces (Regular Force) - CFB Kingston, ON & CFB Petawawa, ON
06/2011 - 12/2017
  - Garrison and field policing, traffic enforcement and investigations
  - Deployed: Op REASSURANCE, Latvia (2016), MP detachment 2IC
  - Promoted Corporal 2014

Loss Prevention Officer (part-time)
Lakeshore Home & Hardware - Kingston, ON
09/2009 - 05/2011


== EDUCATION & TRAINING ==

Basic Constable Training, Ontario Police College, Aylmer ON - 2019
Military Police Basic Qualification, CF Military Police Academy - 2011
Police Foundations Diploma, St. Lawrence College, Kingston - 2011


== CORE SKILLS ==

- Crisis intervention & de-escalation
- Major incident scene management
- Report writing (Niche RMS)
- Use of force instruction
- CPIC / NCIC queries
- French (CBC level)


== CERTIFICATIONS ==

Standard First Aid & CPR-C (exp. 2026) | Naloxone administration | ICAT trainer


== VOLUNTEER ==

Big Brothers Big Sisters of Kingston - Mentor (2015 - present)
""", truth(
    "Jean-Philippe Tremblay", "jp.tremblay@example.ca", "(613) 555-0187",
    [job("Northumberland Regional Police Service", "Police Constable (First Class)", "03/2019"),
     job("Canadian Armed Forces (Regular Force)", "Corporal, Military Police", "06/2011", "12/2017"),
     job("Lakeshore Home & Hardware", "Loss Prevention Officer (part-time)", "09/2009", "05/2011")],
    ["Crisis intervention & de-escalation", "Major incident scene management", "Report writing (Niche RMS)",
     "Use of force instruction", "CPIC / NCIC queries", "French (CBC level)"])))

# ---------------------------------------------------------------- 08 textile merchandiser (Pakistan)
R.append(("w5_08_textile_merchandiser_txt", """
                               CURRICULUM VITAE

MUHAMMAD USMAN TARIQ
House # 55, Street 4, Madina Town, Faisalabad
Cell: +92 300 5550123  |  Email: usman.tariq@example.pk

--------------------------------------------------------------------------------
CAREER OBJECTIVE
--------------------------------------------------------------------------------
Seeking a challenging position in export merchandising where I can utilize my
skills in buyer handling, costing and sampling for the growth of the
organization.

--------------------------------------------------------------------------------
PROFESSIONAL EXPERIENCE
--------------------------------------------------------------------------------
1)  Sr. Merchandiser (Knits Division)
    Zarnab Apparel (Pvt.) Ltd., Faisalabad
    Jan. 2021 - Till Date
    Key Responsibilities:
      o  Handling European buyers (Germany, Netherlands); approx. USD 2.5M
         order value per season
      o  Costing, price negotiation and PO confirmation
      o  Tech pack review, sampling (proto, fit, PP, TOP) and approvals
      o  T&A calendar follow-up with production, dyeing and QA

2)  Merchandiser
    Gulberg Home Textiles (Pvt.) Ltd., Lahore
    Jan. 2018 - Dec. 2020
      o  Bed linen and towel programmes for two UK retailers
      o  Lab dips, strike-offs and trims approval
      o  Coordination with third-party inspection (SGS, Intertek)

3)  Assistant Merchandiser
    Gulberg Home Textiles (Pvt.) Ltd., Lahore
    Aug. 2015 - Dec. 2017

4)  Intern - Production Planning (8 weeks)
    Lyallpur Spinning Mills Ltd., Faisalabad
    Jun. 2014 - Aug. 2014

--------------------------------------------------------------------------------
ACADEMIC QUALIFICATION
--------------------------------------------------------------------------------
Degree                     Institute                                  Year   CGPA/Grade
BS Textile Engineering     National Textile University, Faisalabad    2015   3.21/4.00
F.Sc (Pre-Engineering)     Govt. College University, Faisalabad       2011   A
Matric (Science)           BISE Faisalabad                            2009   A+

--------------------------------------------------------------------------------
SKILLS
--------------------------------------------------------------------------------
  o  Costing & negotiation
  o  Tech pack review
  o  T&A calendar management
  o  Fabric & trims sourcing
  o  Oracle ERP
  o  MS Excel (Advanced)

--------------------------------------------------------------------------------
PERSONAL INFORMATION
--------------------------------------------------------------------------------
Father's Name      :  Tariq Mahmood
CNIC No.           :  33100-5550123-5
Date of Birth      :  14-02-1992
Marital Status     :  Married
Religion           :  Islam
Domicile           :  Faisalabad
Languages          :  Urdu, Punjabi, English

--------------------------------------------------------------------------------
REFERENCES
--------------------------------------------------------------------------------
Will be furnished upon request.
""", truth(
    "Muhammad Usman Tariq", "usman.tariq@example.pk", "+92 300 5550123",
    [job("Zarnab Apparel (Pvt.) Ltd.", "Sr. Merchandiser (Knits Division)", "Jan. 2021"),
     job("Gulberg Home Textiles (Pvt.) Ltd.", "Merchandiser", "Jan. 2018", "Dec. 2020"),
     job("Gulberg Home Textiles (Pvt.) Ltd.", "Assistant Merchandiser", "Aug. 2015", "Dec. 2017"),
     job("Lyallpur Spinning Mills Ltd.", "Intern - Production Planning (8 weeks)", "Jun. 2014", "Aug. 2014")],
    ["Costing & negotiation", "Tech pack review", "T&A calendar management", "Fabric & trims sourcing",
     "Oracle ERP", "MS Excel (Advanced)"])))

# ---------------------------------------------------------------- 09 greenhouse grower (Netherlands)
R.append(("w5_09_greenhouse_grower_txt", """
Joost van den Berg
Head Grower – tomatoes & cucumbers under glass

Westlandseweg 55, 2291 XX Wateringen  ·  06-55501234  ·  joost.vandenberg@example.nl
Born 1987 · Dutch nationality · Driving licence B/BE


Profile
~~~~~~~
Grower with 15 years in Westland glasshouse horticulture. I run 14 ha of
truss tomatoes with lighting, manage a team of up to 35 seasonal workers, and
like to work with data: crop registration, climate strategy and energy saving.


Work experience
~~~~~~~~~~~~~~~
since March 2020      Head Grower (Teeltmanager)
                      Van Dijk Kassen B.V., Westland
                      - 14 ha truss tomatoes, hybrid LED/SON-T lighting
                      - Climate and irrigation strategy, weekly crop registration
                      - Cut gas use per kg by 18% (Next Generation Growing)
                      - Planning and supervision of 25–35 staff (incl. agency)

2014 – Feb 2020       Assistant Grower
                      Hoogeveen Tomaten B.V., Honselersdijk
                      - Climate computer settings (Priva) for 6 ha cucumber
                      - Biological control programme with supplier

2011 – 2014           Crop Registration Employee
                      Hoogeveen Tomaten B.V., Honselersdijk

2009 (6 months)       Intern, cut roses
                      Lakeview Roses Ltd., Naivasha, Kenya


Education
~~~~~~~~~
2006 – 2010   Bachelor Greenhouse Horticulture & Business, Inholland Delft
2002 – 2006   MBO Teelt (level 4), Lentiz Naaldwijk


Courses
~~~~~~~
Crop protection licence (Spuitlicentie) – valid to 2027
Company first aid (BHV)
Priva Connext advanced


Skills
~~~~~~
Priva & Hoogendoorn climate computers | Crop registration (LetsGrow) | Integrated pest management (IPM) | Team leadership | Energy saving / Next Generation Growing


Languages
~~~~~~~~~
Dutch (native), English (fluent), German (good), Polish (basic)


Other
~~~~~
Youth football coach at VV Wateringen (volunteer, since 2016).
""", truth(
    "Joost van den Berg", "joost.vandenberg@example.nl", "06-55501234",
    [job("Van Dijk Kassen B.V.", "Head Grower (Teeltmanager)", "March 2020"),
     job("Hoogeveen Tomaten B.V.", "Assistant Grower", "2014", "Feb 2020"),
     job("Hoogeveen Tomaten B.V.", "Crop Registration Employee", "2011", "2014"),
     job("Lakeview Roses Ltd.", "Intern, cut roses", "2009")],
    ["Priva & Hoogendoorn climate computers", "Crop registration (LetsGrow)",
     "Integrated pest management (IPM)", "Team leadership", "Energy saving / Next Generation Growing"])))

# ---------------------------------------------------------------- 10 librarian (Australia)
R.append(("w5_10_librarian_txt", """
Priya Raman
Librarian (Information Services)  |  ALIA Associate Member

Brunswick VIC 3056
M: 0491 570 156
E: priya.raman@example.com.au


CAREER OBJECTIVE
----------------
Experienced public librarian looking for a Team Leader, Information Services
role. Passionate about digital inclusion, early literacy and making the
library a welcoming place for newly arrived communities.


KEY SKILLS
----------
>> Reference & research services
>> Collection development (Spydus)
>> Digital literacy programs for seniors
>> Copyright & licensing advice
>> Storytime and early literacy


EMPLOYMENT HISTORY
------------------

Yarra Bend Regional Library Corporation, Melbourne

    Librarian - Information & Learning Services            Aug 2020 - current
      - Run the weekly Tech Help drop-in and Be Connected sessions
      - Adult non-fiction and languages other than English (LOTE) selector
      - Coordinated the 2023 Local History oral history project

    Library Officer (part-time, 0.6 FTE)                    Feb 2017 - Jul 2020
      - Circulation, holds and inter-library loans
      - Toddler Time and Rhyme Time presenter

Eastgate Institute of TAFE, Box Hill

    Library Technician (12-month contract)                  2016
      - Cataloguing (RDA, Dewey) and e-resource link checking

[Career break 2014 - 2015: travel and family commitments]

Brunswick Street Books Pty Ltd, Fitzroy

    Bookseller                                              2011 - 2014


EDUCATION
---------
Master of Information Studies (Librarianship) - Charles Sturt University, 2019
Bachelor of Arts (English Literature) - University of Melbourne, 2010


OTHER
-----
Working with Children Check (Employee) - current
First Aid (HLTAID011) - 2024

Referees available upon request.
""", truth(
    "Priya Raman", "priya.raman@example.com.au", "0491 570 156",
    [job("Yarra Bend Regional Library Corporation", "Librarian - Information & Learning Services", "Aug 2020"),
     job("Yarra Bend Regional Library Corporation", "Library Officer (part-time, 0.6 FTE)", "Feb 2017", "Jul 2020"),
     job("Eastgate Institute of TAFE", "Library Technician (12-month contract)", "2016"),
     job("Brunswick Street Books Pty Ltd", "Bookseller", "2011", "2014")],
    ["Reference & research services", "Collection development (Spydus)",
     "Digital literacy programs for seniors", "Copyright & licensing advice",
     "Storytime and early literacy"])))


if __name__ == "__main__":
    assert len(R) == 10
    for base, text, t in R:
        write_text(base, "txt", text)
        write_truth(base, t)
    print("txt: wrote", len(R))
