import os
from common import OUT, J, write_truth

R = []  # (stem, ext, text, truth-args)

# 01 pharmacy technician, US, txt
R.append(("01_pharmacy_technician_txt", "txt", """Marisol T. Reyes, CPhT
Bakersfield, CA 93309 | (661) 555-0148 | marisol.reyes.cpht@gmail.com

PROFESSIONAL SUMMARY
Nationally certified pharmacy technician with 7+ years in high-volume retail and
long-term care pharmacy. Known for accuracy under pressure, clean inventory counts,
and calm customer service in English and Spanish.

WORK HISTORY

Lead Pharmacy Technician                                      03/2021 - Present
Walgreens Co. - Bakersfield, CA
  - Supervise 6 technicians across two shifts; build weekly schedules
  - Process 450+ prescriptions per day with 99.8% accuracy on audits
  - Own C-II perpetual inventory and monthly DEA reconciliation
  - Trained 11 new hires on intake, insurance rejections and will-call

Pharmacy Technician                                           06/2017 - 02/2021
Rite Aid Corporation - Delano, CA
  - Data entry, counting, labeling and filling in a 300 Rx/day store
  - Resolved third-party rejections (prior auths, refill-too-soon, DUR)
  - Ran vaccine clinic paperwork during flu season

Pharmacy Clerk (Part-Time)                                    2016 - 2017
Vons Pharmacy - Bakersfield, CA

SKILLS
Prescription processing | Inventory control | Pyxis MedStation | PioneerRx
Insurance adjudication | Sterile compounding (USP 797) | Bilingual English/Spanish

EDUCATION
Pharmacy Technician Certificate - San Joaquin Valley College, Bakersfield, CA (2016)
PTCB Certified Pharmacy Technician, License #TCH 128841
""", ("Marisol T. Reyes", "marisol.reyes.cpht@gmail.com", "(661) 555-0148",
 ["Prescription processing", "Inventory control", "Pyxis MedStation", "PioneerRx",
  "Insurance adjudication", "Sterile compounding (USP 797)", "Bilingual English/Spanish"],
 [J("Walgreens Co.", "Lead Pharmacy Technician", "03/2021"),
  J("Rite Aid Corporation", "Pharmacy Technician", "06/2017", "02/2021"),
  J("Vons Pharmacy", "Pharmacy Clerk (Part-Time)", "2016", "2017")])))

# 02 construction site supervisor, UK, txt
R.append(("02_site_supervisor_txt", "txt", """GARETH HUGHES
Site Supervisor  -  SMSTS  -  CSCS Gold Card
Cardiff CF14 3LX  |  07700 900482  |  gareth.hughes.site@outlook.co.uk

PROFILE
Time-served joiner turned site supervisor with 15 years on commercial, education
and residential schemes up to GBP 18m. Safe, organised and good with subbies.

CAREER HISTORY

Willmott Dixon Construction Ltd, Cardiff
  Site Supervisor, Sep 2019 – Present
  Running day-to-day site activity on new-build schools under the 21st Century
  Schools programme.
    • Daily briefings, permits to work and weekly toolbox talks
    • Coordinate up to 14 trade packages and 90 operatives at peak
    • Snagging and handover, zero RIDDOR reportable incidents since 2019

  Assistant Site Manager, Mar 2017 – Aug 2019
    • Supported SM on a 64-unit housing association scheme
    • Produced look-ahead programmes and daily diaries

Kier Construction Ltd, Newport
  Site Foreman, 2013 – 2017
    • Managed groundworks and frame gangs on retail park refurbishments

J. Evans & Sons Builders, Caerphilly
  Carpenter / Joiner, 2008 – 2013

KEY SKILLS
- Site health & safety (CDM 2015)
- Subcontractor coordination
- Programme management (Asta Powerproject)
- Temporary works
- RAMS review
- Quality inspections & snagging

QUALIFICATIONS & TRAINING
NVQ Level 6 Diploma in Construction Site Management - 2020
SMSTS (CITB) - renewed 2022
First Aid at Work (3-day)
City & Guilds Level 3 Carpentry & Joinery - Coleg Gwent, 2011

Full UK driving licence. References available on request.
""", ("Gareth Hughes", "gareth.hughes.site@outlook.co.uk", "07700 900482",
 ["Site health & safety (CDM 2015)", "Subcontractor coordination", "Programme management (Asta Powerproject)",
  "Temporary works", "RAMS review", "Quality inspections & snagging"],
 [J("Willmott Dixon Construction Ltd", "Site Supervisor", "Sep 2019"),
  J("Willmott Dixon Construction Ltd", "Assistant Site Manager", "Mar 2017", "Aug 2019"),
  J("Kier Construction Ltd", "Site Foreman", "2013", "2017"),
  J("J. Evans & Sons Builders", "Carpenter / Joiner", "2008", "2013")])))

# 03 flight dispatcher, Canada, txt - dates before title
R.append(("03_flight_dispatcher_txt", "txt", """Priya Naidu-Morrison
Licensed Flight Dispatcher (Transport Canada)

Mississauga, ON  L5B 3C2
Tel: 905-555-0193
Email: p.naidumorrison@gmail.com

SUMMARY OF QUALIFICATIONS
* 7 years of domestic and transborder dispatch, B737/Q400/E175
* Joint responsibility with PIC for operational control under CARs 705
* Calm in IRROPS - de-icing holds, diversions, crew legality

EMPLOYMENT

Jan 2021 - Present    Flight Dispatcher, Level II
                      Porter Airlines Inc., Toronto, ON
                      - Plan and release 25-30 flights per shift, Q400 and E195-E2
                      - Monitor weather, NOTAMs and fuel; coordinate diversions with MX and crew sked
                      - Mentor new dispatchers through line checks

Aug 2018 - Dec 2020   Flight Dispatcher
                      Sunwing Airlines Inc., Etobicoke, ON
                      - Winter sun programme to Caribbean/Mexico, ETOPS-lite planning
                      - Built flight plans in Jeppesen JetPlanner

May 2016 - Jul 2018   Operations Agent / Flight Follower
                      Jazz Aviation LP, Halifax, NS

SKILLS
Flight planning: Jeppesen JetPlanner, Lido Flight 4D
Weather interpretation (METAR/TAF, SIGWX, PIREPs)
Weight & balance
MEL/CDL application
ETOPS
Crew legality & duty time (CARs Part VII)

EDUCATION
Seneca College, Toronto - Aviation Operations Diploma, 2016
Transport Canada Flight Dispatcher Certificate, 2018
Languages: English, French (intermediate), Tamil
""", ("Priya Naidu-Morrison", "p.naidumorrison@gmail.com", "905-555-0193",
 ["Jeppesen JetPlanner", "Lido Flight 4D", "Weather interpretation (METAR/TAF, SIGWX, PIREPs)", "Weight & balance",
  "MEL/CDL application", "ETOPS", "Crew legality & duty time (CARs Part VII)"],
 [J("Porter Airlines Inc.", "Flight Dispatcher, Level II", "Jan 2021"),
  J("Sunwing Airlines Inc.", "Flight Dispatcher", "Aug 2018", "Dec 2020"),
  J("Jazz Aviation LP", "Operations Agent / Flight Follower", "May 2016", "Jul 2018")])))

# 04 kindergarten teacher, India, txt - Indian CV with labelled fields
R.append(("04_kindergarten_teacher_txt", "txt", """                              CURRICULUM VITAE

Name          : Ananya Krishnamurthy
Address       : Flat 12B, Shanti Apartments, Jayanagar 4th Block, Bengaluru - 560011
Mobile        : +91 98450 12345
E-mail        : ananya.k.teach@gmail.com

CAREER OBJECTIVE
To nurture young learners in a joyful, safe and stimulating environment and to
grow as an early childhood educator in a reputed institution.

WORK EXPERIENCE  (8+ years)

1.  Organisation : The Little Acorns Montessori, Bengaluru
    Designation  : Pre-Primary Teacher (UKG)
    Duration     : June 2019 to date
    Responsibilities:
      * Class teacher for 24 children aged 5-6 years
      * Planning theme-based lessons, phonics and number readiness
      * Conducting parent-teacher meetings and preparing progress reports
      * Organising Annual Day, Sports Day and field trips

2.  Organisation : Delhi Public School, Whitefield, Bengaluru
    Designation  : Assistant Teacher - Nursery
    Duration     : April 2016 to May 2019
    Responsibilities:
      * Assisted class teacher in daily activities, circle time and art & craft
      * Maintained attendance and health records

3.  Organisation : Kidzee Preschool, Mysuru
    Designation  : Teacher Trainee
    Duration     : 2015 (6 months)

EDUCATIONAL QUALIFICATIONS
  B.Ed.                      Bangalore University             2015    72%
  Nursery Teacher Training   Nalanda Teachers' Institute      2014    First Class
  B.A. (English, Psychology) Mount Carmel College, Bengaluru  2013    68%

SKILLS
  * Montessori method
  * Jolly Phonics
  * Classroom management
  * Storytelling and puppetry
  * Art & craft
  * MS Office

LANGUAGES KNOWN : English, Kannada, Hindi, Tamil

PERSONAL DETAILS
Date of Birth   : 14-03-1992
Gender          : Female
Marital Status  : Married
Nationality     : Indian

DECLARATION
I hereby declare that the above information is true to the best of my knowledge.

Place : Bengaluru
Date  :
                                                    (Ananya Krishnamurthy)
""", ("Ananya Krishnamurthy", "ananya.k.teach@gmail.com", "+91 98450 12345",
 ["Montessori method", "Jolly Phonics", "Classroom management", "Storytelling and puppetry", "Art & craft", "MS Office"],
 [J("The Little Acorns Montessori", "Pre-Primary Teacher (UKG)", "June 2019"),
  J("Delhi Public School", "Assistant Teacher - Nursery", "April 2016", "May 2019"),
  J("Kidzee Preschool", "Teacher Trainee", "2015")])))

# 05 court reporter, US, txt - pipe lines
R.append(("05_court_reporter_txt", "txt", """Denise A. Holloway, RPR, CRR
Official & Freelance Court Reporter
Columbus, Ohio · 614.555.0172 · dholloway.rpr@yahoo.com

Realtime stenographic reporter with 13 years in felony trials, civil depositions and
arbitration hearings. NCRA Registered Professional Reporter and Certified Realtime Reporter.

EXPERIENCE

Official Court Reporter | Franklin County Court of Common Pleas | Columbus, OH | 2016–Present
• Report felony jury trials, sentencing and motion hearings for two assigned judges
• Provide realtime feeds to counsel and CART for hearing-impaired jurors
• Produce certified appellate transcripts within statutory deadlines

Freelance Deposition Reporter | Esquire Deposition Solutions, LLC | Columbus, OH | 2012–2016
• Medical malpractice, product liability and expert depositions; daily and expedited copy
• Remote and hybrid depositions with exhibit management

Scopist | Capitol Reporting Services | Dayton, OH | 2010–2012

SKILLS
Realtime writing (225+ wpm, 98.5% accuracy)
Case CATalyst
Eclipse CAT
Legal & medical terminology
Rough drafts & expedited transcripts
Remote depositions (Zoom, Webex)

EDUCATION & CERTIFICATION
Associate of Applied Science, Court Reporting — Clark State Community College, Springfield, OH, 2010
Registered Professional Reporter (RPR), NCRA — 2011
Certified Realtime Reporter (CRR), NCRA — 2014
""", ("Denise A. Holloway", "dholloway.rpr@yahoo.com", "614.555.0172",
 ["Realtime writing (225+ wpm, 98.5% accuracy)", "Case CATalyst", "Eclipse CAT", "Legal & medical terminology",
  "Rough drafts & expedited transcripts", "Remote depositions (Zoom, Webex)"],
 [J("Franklin County Court of Common Pleas", "Official Court Reporter", "2016"),
  J("Esquire Deposition Solutions, LLC", "Freelance Deposition Reporter", "2012", "2016"),
  J("Capitol Reporting Services", "Scopist", "2010", "2012")])))

# 06 mining engineer, South Africa, txt - labelled blocks
R.append(("06_mining_engineer_txt", "txt", """CURRICULUM VITAE

THABO SIPHO MOKOENA
Pr.Eng | Mine Manager's Certificate (Metalliferous)

PERSONAL DETAILS
Full name:          Thabo Sipho Mokoena
Cell:               +27 82 555 7364
E-mail:             thabo.mokoena@webmail.co.za
Location:           Mokopane, Limpopo
Nationality:        South African
Driver's licence:   Code 08 (EB)
Health:             Excellent

CAREER HISTORY
--------------------------------------------------------------------------------
Company:            Anglo American Platinum Limited
Site:               Mogalakwena Mine, Limpopo
Position:           Senior Mining Engineer (Open Pit)
Period:             March 2020 – Present
Reason for leaving: N/A (currently employed)
Duties:
  - Short- and medium-term planning for a 12 Mtpm open pit operation
  - Drill & blast design review, pit optimisation and haul road layout
  - Compliance with MHSA and DMRE inspections; mentoring 4 graduates
--------------------------------------------------------------------------------
Company:            Exxaro Resources Ltd
Site:               Grootegeluk Coal Mine, Lephalale
Position:           Mining Engineer
Period:             January 2016 – February 2020
Reason for leaving: Career advancement
Duties:
  - Monthly production reconciliation and mine call factor reporting
  - Fleet productivity studies (Komatsu 830E, Liebherr R9800)
--------------------------------------------------------------------------------
Company:            Sibanye Gold Limited
Site:               Kloof Operations, Westonaria
Position:           Graduate Mining Engineer (In-Training)
Period:             January 2013 – December 2015
Reason for leaving: Completion of graduate programme
--------------------------------------------------------------------------------

TECHNICAL SKILLS
  Deswik CAD & Scheduler; Geovia Whittle; Surpac; MineSight; Blast design;
  Pit optimisation; MS Project

EDUCATION
  2012   BSc (Eng) Mining Engineering, University of the Witwatersrand
  2008   National Senior Certificate (Matric), Pietersburg High School

REFERENCES
  Available on request.
""", ("Thabo Sipho Mokoena", "thabo.mokoena@webmail.co.za", "+27 82 555 7364",
 ["Deswik CAD & Scheduler", "Geovia Whittle", "Surpac", "MineSight", "Blast design", "Pit optimisation", "MS Project"],
 [J("Anglo American Platinum Limited", "Senior Mining Engineer (Open Pit)", "March 2020"),
  J("Exxaro Resources Ltd", "Mining Engineer", "January 2016", "February 2020"),
  J("Sibanye Gold Limited", "Graduate Mining Engineer (In-Training)", "January 2013", "December 2015")])))

# 07 claims adjuster, US, txt - company first with span, roles in parentheses
R.append(("07_claims_adjuster_txt", "txt", """JONATHAN PAXTON
Senior Property Damage Adjuster
Tampa, FL  ·  813-555-0199  ·  jpaxton.claims@gmail.com
Florida 6-20 All-Lines Adjuster License  ·  Texas Non-Resident Adjuster License

PROFESSIONAL EXPERIENCE

Progressive Casualty Insurance Company — Tampa, FL              2014 – Present (9 yrs)
  Senior Claims Adjuster, Property Damage (2019 – Present)
    - Handle complex auto PD and total-loss files up to $150K; 110-130 open files
    - Negotiate with body shops and salvage vendors; reduced cycle time 18%
    - Field inspections after Hurricanes Ian and Idalia (CAT deployment)
  Claims Adjuster II (2016 – 2019)
    - Liability determination, recorded statements, subrogation referrals
  Claims Representative Trainee (2014 – 2016)

Crawford & Company — Atlanta, GA                                2011 – 2014
  Field Adjuster (Catastrophe Team)
    - Residential wind/hail inspections across GA, AL and the Carolinas
    - Wrote estimates in Xactimate; closed 95% of files within 30 days

SKILLS
Xactimate, Symbility, CCC ONE, Guidewire ClaimCenter, Total loss valuation, Subrogation,
Negotiation, Fraud indicators (SIU referrals)

EDUCATION
B.S., Risk Management & Insurance — Florida State University, Tallahassee, 2011
""", ("Jonathan Paxton", "jpaxton.claims@gmail.com", "813-555-0199",
 ["Xactimate", "Symbility", "CCC ONE", "Guidewire ClaimCenter", "Total loss valuation", "Subrogation",
  "Negotiation", "Fraud indicators (SIU referrals)"],
 [J("Progressive Casualty Insurance Company", "Senior Claims Adjuster, Property Damage", "2019"),
  J("Progressive Casualty Insurance Company", "Claims Adjuster II", "2016", "2019"),
  J("Progressive Casualty Insurance Company", "Claims Representative Trainee", "2014", "2016"),
  J("Crawford & Company", "Field Adjuster (Catastrophe Team)", "2011", "2014")])))

# 08 truck dispatcher, US, txt - Indeed style, each on own line
R.append(("08_truck_dispatcher_txt", "txt", """Ray Delgado
El Paso, TX
915-555-0127
ray.delgado.dispatch@gmail.com

Work Experience

Dispatcher
Swift Transportation Co., LLC - El Paso, TX
Jan '20 - Current
Dispatch 40-55 trucks a day, dry van and reefer, cross-border loads to Juarez.
Keep drivers moving, plan loads around HOS, handle breakdowns after hours.
Work with customers and brokers on appointments and detention.

Driver Manager
Werner Enterprises, Inc. - El Paso, TX
Jul '17 - Dec '19
Managed a board of 60 solo and team drivers. Kept turnover under 40%.

CDL-A Driver (OTR)
Stevens Transport - Dallas, TX
Mar '13 - Jun '17
Reefer, 48 states, 500k+ safe miles.

Education

High School Diploma
Bel Air High School - El Paso, TX
2008

Skills

McLeod LoadMaster
TMW Suite
DAT load board
ELD (Omnitracs, Samsara)
HOS compliance
Spanish (fluent)

Certifications and Licenses

Class A CDL (not active)
Hazmat endorsement (expired)
""", ("Ray Delgado", "ray.delgado.dispatch@gmail.com", "915-555-0127",
 ["McLeod LoadMaster", "TMW Suite", "DAT load board", "ELD (Omnitracs, Samsara)", "HOS compliance", "Spanish (fluent)"],
 [J("Swift Transportation Co., LLC", "Dispatcher", "Jan '20"),
  J("Werner Enterprises, Inc.", "Driver Manager", "Jul '17", "Dec '19"),
  J("Stevens Transport", "CDL-A Driver (OTR)", "Mar '13", "Jun '17")])))

# 09 quality inspector, Pakistan, txt - Till Date, single-dated
R.append(("09_quality_inspector_txt", "txt", """Muhammad Usman Tariq
QA/QC Inspector (Mechanical)  |  CSWIP 3.1  |  ASNT NDT Level II
Cell: +92 321 4567890   Email: usman.tariq.qc@gmail.com
Address: House 45, Street 7, Gulberg III, Lahore, Pakistan

OBJECTIVE
Seeking a challenging position as QA/QC Inspector in an oil & gas or power project
where my welding inspection and NDT experience can add value.

PROFESSIONAL EXPERIENCE

▪ QA/QC Inspector – Welding & NDT
  Descon Engineering Limited, Lahore                 (Aug 2019 – Till Date)
   ➢ Inspection of pressure vessels and piping as per ASME VIII, B31.3
   ➢ Review WPS/PQR, welder qualification (WQT) and NDT reports
   ➢ Witness hydro tests; prepare ITPs and NCRs; client & TPI coordination

▪ Quality Control Inspector
  Millat Tractors Limited, Lahore                    (Feb 2016 – Jul 2019)
   ➢ In-process and final inspection of machined components
   ➢ Calibration record keeping; SPC charts; 8D reports for customer complaints

▪ Trainee Engineer (QC)
  Heavy Mechanical Complex (Pvt.) Ltd., Taxila       (2015)

ACADEMIC QUALIFICATION
  B.Sc. Mechanical Engineering Technology – University of Engineering & Technology, Lahore (2014)
  DAE Mechanical – Government College of Technology, Rasul (2010)

CERTIFICATIONS
  CSWIP 3.1 Welding Inspector (TWI) – 2020
  ASNT NDT Level II (UT, MT, PT, RT film interpretation) – 2018
  ISO 9001:2015 Internal Auditor

SKILLS
  ➢ Welding inspection
  ➢ NDT (UT, MT, PT)
  ➢ Dimensional inspection
  ➢ ASME Sec VIII & IX
  ➢ ISO 9001:2015
  ➢ MS Excel

PERSONAL INFORMATION
  Father's Name : Tariq Mehmood
  CNIC          : 35202-xxxxxxx-x
  Passport      : Valid
""", ("Muhammad Usman Tariq", "usman.tariq.qc@gmail.com", "+92 321 4567890",
 ["Welding inspection", "NDT (UT, MT, PT)", "Dimensional inspection", "ASME Sec VIII & IX", "ISO 9001:2015", "MS Excel"],
 [J("Descon Engineering Limited", "QA/QC Inspector – Welding & NDT", "Aug 2019"),
  J("Millat Tractors Limited", "Quality Control Inspector", "Feb 2016", "Jul 2019"),
  J("Heavy Mechanical Complex (Pvt.) Ltd.", "Trainee Engineer (QC)", "2015")])))

# 10 sommelier, France (English), txt
R.append(("10_sommelier_txt", "txt", """Camille Rousseau
Head Sommelier — WSET Diploma
Lyon, France · +33 6 12 34 56 78 · camille.rousseau@orange.fr

Passionate sommelier with 9 years in gastronomic restaurants in France and the UK.
Strong in Burgundy, Northern Rhône and natural wines; builds lists that sell.

EXPERIENCE

Since September 2021
Head Sommelier, Le Clos des Canuts SARL (Lyon, 1 Michelin star)
Wine list of 1,100 references, beverage budget EUR 600k/year; team of 3.
Introduced pairing menus that raised beverage revenue per cover by 22%.

2018 – 2021
Assistant Sommelier, Hôtel des Célestins S.A. (Lyon)
Service for the gastronomic restaurant and the hotel bar, cellar inventory.

2016 – 2018
Commis Sommelier, The Greenhouse Dining Ltd (London, UK)

Summer 2015
Cellar hand, Domaine Ravier-Morel (Savigny-lès-Beaune)

SKILLS
Wine list creation & pricing · Cellar management · Food & wine pairing ·
Coravin service · Staff training · Supplier negotiation

LANGUAGES
French (native), English (fluent – C1), Italian (intermediate)

EDUCATION
2020  WSET Level 4 Diploma in Wines
2016  Mention Complémentaire Sommellerie – Lycée hôtelier de Tain-l'Hermitage
2015  BTS Hôtellerie-Restauration – Lycée François Rabelais, Dardilly
""", ("Camille Rousseau", "camille.rousseau@orange.fr", "+33 6 12 34 56 78",
 ["Wine list creation & pricing", "Cellar management", "Food & wine pairing", "Coravin service", "Staff training",
  "Supplier negotiation"],
 [J("Le Clos des Canuts SARL", "Head Sommelier", "September 2021"),
  J("Hôtel des Célestins S.A.", "Assistant Sommelier", "2018", "2021"),
  J("The Greenhouse Dining Ltd", "Commis Sommelier", "2016", "2018"),
  J("Domaine Ravier-Morel", "Cellar hand", "Summer 2015")])))

# ---------------- Markdown ----------------

# 11 nonprofit program manager, Kenya, md
R.append(("11_program_manager_ngo_md", "md", """# Wanjiru Kamau

**Program Manager – Livelihoods & Gender** · Nairobi, Kenya  
📞 +254 722 555 301 · ✉ wanjiru.kamau@protonmail.com

---

## Profile

Development practitioner with 9+ years designing and managing donor-funded programs
(USAID, FCDO, Mastercard Foundation) for women and youth in arid and semi-arid counties.

## Professional Experience

### Program Manager, Women's Economic Empowerment
**Hope Horizons Kenya** — Nairobi | *March 2020 – Present*

- Lead a USD 2.4M, 4-year program reaching 18,000 women in Turkana and Marsabit
- Manage a team of 12 officers and 3 implementing partners
- Donor reporting, budget tracking and MEAL framework

### Project Officer
**Kenya Red Cross Society** — Kisumu | *2016 – 2020*

- Coordinated cash transfer and WASH projects in Kisumu and Homa Bay
- Trained 200+ community volunteers

### Field Officer
**CARE International in Kenya** — Dadaab | *2014 – 2016*

## Skills

- Program design & logframes
- Budget management
- MEAL (KoboToolbox, Power BI)
- Donor reporting (USAID, FCDO)
- Partner capacity building
- Gender analysis

## Education

- **MA Development Studies**, University of Nairobi (2015)
- **BA Sociology**, Kenyatta University (2012)
""", ("Wanjiru Kamau", "wanjiru.kamau@protonmail.com", "+254 722 555 301",
 ["Program design & logframes", "Budget management", "MEAL (KoboToolbox, Power BI)", "Donor reporting (USAID, FCDO)",
  "Partner capacity building", "Gender analysis"],
 [J("Hope Horizons Kenya", "Program Manager, Women's Economic Empowerment", "March 2020"),
  J("Kenya Red Cross Society", "Project Officer", "2016", "2020"),
  J("CARE International in Kenya", "Field Officer", "2014", "2016")])))

# 12 SDR, US, md
R.append(("12_sales_development_rep_md", "md", """# Tyler Brennan
Denver, CO · (720) 555-0186 · tyler.brennan.sales@gmail.com · linkedin.com/in/tylerbrennan

---

## Experience

**Senior Sales Development Representative** | Lattice Point Software, Inc. | Denver, CO  
*Feb 2023 – Present*
- Booked 38 qualified meetings per quarter on average — 142% of quota, #1 of 14 SDRs
- Built outbound sequences in Outreach for the mid-market healthcare segment

**Sales Development Representative** | Lattice Point Software, Inc. | Denver, CO  
*Jun 2021 – Feb 2023*
- 80+ dials and 60 personalized emails daily; promoted after 20 months
- President's Club 2022

**Account Executive – Inside Sales** | Comcast Business | Englewood, CO  
*Aug 2019 – May 2021*
- Sold internet/voice bundles to SMBs; 112% average attainment

**Server / Bartender** | The Cheesecake Factory | Boulder, CO  
*Fall 2016 – Summer 2019*

## Skills
**Tools:** Salesforce, Outreach, ZoomInfo, Gong, LinkedIn Sales Navigator  
**Methods:** MEDDIC, Cold calling, Objection handling

## Education
**B.A. Communication** — University of Colorado Boulder, 2019
""", ("Tyler Brennan", "tyler.brennan.sales@gmail.com", "(720) 555-0186",
 ["Salesforce", "Outreach", "ZoomInfo", "Gong", "LinkedIn Sales Navigator", "MEDDIC", "Cold calling", "Objection handling"],
 [J("Lattice Point Software, Inc.", "Senior Sales Development Representative", "Feb 2023"),
  J("Lattice Point Software, Inc.", "Sales Development Representative", "Jun 2021", "Feb 2023"),
  J("Comcast Business", "Account Executive – Inside Sales", "Aug 2019", "May 2021"),
  J("The Cheesecake Factory", "Server / Bartender", "Fall 2016", "Summer 2019")])))

# 13 data engineer, Singapore, md - company headings, roles with dates in parentheses
R.append(("13_data_engineer_md", "md", """Tan Wei Ling
============

Senior Data Engineer · Singapore  
weiling.tan.data@gmail.com | +65 9123 4567 | github.com/wltan

Work Experience
---------------

### Lumina Analytics Pte. Ltd. — Singapore

**Senior Data Engineer** (Apr 2022 – ongoing)

* Own the batch + streaming platform (Spark, Kafka, Airflow) processing 4 TB/day
* Cut warehouse cost 35% by moving from Redshift to Iceberg on S3
* Lead a squad of 4 engineers

**Data Engineer** (Jul 2019 – Mar 2022)

* Built 120+ dbt models for finance and growth teams
* Introduced data contracts and Great Expectations checks

### DBS Bank Ltd. — Singapore

**Associate, Data Platforms** (Jan 2017 – Jun 2019)

* Hadoop to cloud migration for risk reporting marts

Technical Skills
----------------

Python · SQL · Apache Spark · Airflow · dbt · Kafka · AWS (Glue, Redshift, S3) · Terraform

Education
---------

**National University of Singapore** — Bachelor of Computing (Computer Science), Honours, 2016
""", ("Tan Wei Ling", "weiling.tan.data@gmail.com", "+65 9123 4567",
 ["Python", "SQL", "Apache Spark", "Airflow", "dbt", "Kafka", "AWS (Glue, Redshift, S3)", "Terraform"],
 [J("Lumina Analytics Pte. Ltd.", "Senior Data Engineer", "Apr 2022"),
  J("Lumina Analytics Pte. Ltd.", "Data Engineer", "Jul 2019", "Mar 2022"),
  J("DBS Bank Ltd.", "Associate, Data Platforms", "Jan 2017", "Jun 2019")])))

# 14 museum curator, UK, md - one-line academic entries, "Positions Held"
R.append(("14_museum_curator_md", "md", """# Dr Eleanor Whitfield-Price

Curator of Decorative Arts  
eleanor.whitfieldprice@gmail.com | +44 (0)7821 334 590 | Edinburgh

## Positions Held

- **Curator of Decorative Arts**, Holyrood Museum Trust, Edinburgh, 2019–present  
  Responsible for 14,000 objects (ceramics, glass, metalwork); lead curator for the
  redisplay of the Georgian galleries (opened 2023).
- **Assistant Curator (Ceramics and Glass)**, The Ashcombe Museum, Bath, 2015-2019
- **Curatorial Fellow**, Victoria and Albert Museum, London, 2013-2015
- **Collections Assistant (part-time)**, Leeds Museums and Galleries, 2010-2012

## Selected Exhibitions

- *Fired Earth: Scottish Pottery 1750–1850* (Holyrood Museum Trust, 2022)
- *Glass Houses* (The Ashcombe Museum, 2018)

## Skills

- Object research and provenance
- Exhibition development
- Collections management (Axiell Collections)
- Grant writing (NLHF, Art Fund)
- Public speaking

## Education

- PhD, History of Art — University of York, 2013
- MA, Museum Studies — University of Leicester, 2009
- BA (Hons) History of Art — University of Glasgow, 2008
""", ("Eleanor Whitfield-Price", "eleanor.whitfieldprice@gmail.com", "+44 (0)7821 334 590",
 ["Object research and provenance", "Exhibition development", "Collections management (Axiell Collections)",
  "Grant writing (NLHF, Art Fund)", "Public speaking"],
 [J("Holyrood Museum Trust", "Curator of Decorative Arts", "2019"),
  J("The Ashcombe Museum", "Assistant Curator (Ceramics and Glass)", "2015", "2019"),
  J("Victoria and Albert Museum", "Curatorial Fellow", "2013", "2015"),
  J("Leeds Museums and Galleries", "Collections Assistant (part-time)", "2010", "2012")])))

# 15 clinical coder, Ireland, md - date line first
R.append(("15_medical_coder_md", "md", """## Siobhán O'Donoghue
**Clinical Coder**

Address: 14 Ardilaun Road, Galway H91 XY12  
Mobile: 087 123 4567  
Email: siobhan.odonoghue@eircom.net

### Personal Statement
Experienced HIPE clinical coder with seven years in acute public hospitals. Accurate,
organised and comfortable working with consultants to clarify documentation.

### Employment History

**Oct 2018 – Present**  
**Clinical Coder (Grade IV)** · University Hospital Galway  
- Code inpatient and day-case episodes to ICD-10-AM/ACHI/ACS, avg. 95 charts/day
- Coding audits and validation for Activity-Based Funding
- Deliver coding refresher sessions to new staff

**Mar 2016 – Sep 2018**  
**HIPE Coder (Temporary Contract)** · Mater Misericordiae University Hospital, Dublin  
- Specialty coding: cardiothoracic and oncology

**2013 – 2016**  
**Medical Secretary** · Galway Clinic Ltd

### Key Skills
* ICD-10-AM / ACHI / ACS coding
* HIPE Portal
* Clinical documentation review
* Audit & data quality
* Medical terminology
* Microsoft Excel (advanced)

### Education & Training
* Certificate in Clinical Coding — Healthcare Pricing Office (HPO), 2016
* BSc Health Science — NUI Galway, 2013

### Interests
Sea swimming, sean-nós dancing, GAA club volunteer.

*References available on request.*
""", ("Siobhán O'Donoghue", "siobhan.odonoghue@eircom.net", "087 123 4567",
 ["ICD-10-AM / ACHI / ACS coding", "HIPE Portal", "Clinical documentation review", "Audit & data quality",
  "Medical terminology", "Microsoft Excel (advanced)"],
 [J("University Hospital Galway", "Clinical Coder (Grade IV)", "Oct 2018"),
  J("Mater Misericordiae University Hospital", "HIPE Coder (Temporary Contract)", "Mar 2016", "Sep 2018"),
  J("Galway Clinic Ltd", "Medical Secretary", "2013", "2016")])))

# 16 speech pathologist, Australia, md - date first then title · company
R.append(("16_speech_pathologist_md", "md", """# Jessica Nguyen
### Speech Pathologist · Certified Practising Speech Pathologist (CPSP)

0412 555 019 | jess.nguyen.speech@bigpond.com | Parramatta NSW 2150 | AHPRA n/a – SPA member #23114

## Career Summary
Speech pathologist with 8 years in acute adult dysphagia and paediatric language. NDIS
registered provider experience. Comfortable in FEES and videofluoroscopy.

## Relevant Experience

**2021 – Current** · Senior Speech Pathologist · Western Sydney Local Health District  
*Westmead Hospital, Westmead NSW*
- Clinical lead for stroke and head & neck caseload (acute + rehab)
- Supervise 3 new-graduate clinicians and student placements (Macquarie, USyd)

**2018 – 2021** · Speech Pathologist (Paediatrics) · Kids First Therapy Pty Ltd  
*Parramatta NSW*
- Assessment and therapy for DLD, ASD and stuttering (Lidcombe Program)
- NDIS plans, reports and goal reviews

**Jan 2016 – Jan 2018** · New Graduate Speech Pathologist · Nepean Blue Mountains Local Health District

## Skills
- Dysphagia assessment (FEES, VFSS)
- Paediatric language intervention
- Lidcombe Program
- AAC (Proloquo2Go, PODD)
- NDIS reporting

## Education
- Master of Speech Pathology, Macquarie University — 2015
- Bachelor of Psychology, Western Sydney University — 2013
""", ("Jessica Nguyen", "jess.nguyen.speech@bigpond.com", "0412 555 019",
 ["Dysphagia assessment (FEES, VFSS)", "Paediatric language intervention", "Lidcombe Program", "AAC (Proloquo2Go, PODD)",
  "NDIS reporting"],
 [J("Western Sydney Local Health District", "Senior Speech Pathologist", "2021"),
  J("Kids First Therapy Pty Ltd", "Speech Pathologist (Paediatrics)", "2018", "2021"),
  J("Nepean Blue Mountains Local Health District", "New Graduate Speech Pathologist", "Jan 2016", "Jan 2018")])))

for stem, ext, text, args in R:
    with open(os.path.join(OUT, f"{stem}.{ext}"), "w", encoding="utf-8") as f:
        f.write(text)
    write_truth(stem, *args)
print(len(R), "text resumes")
