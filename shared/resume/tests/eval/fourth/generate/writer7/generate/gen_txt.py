# Generates the 10 plain-text resumes (01-10) and their truth files.
from common import job, write_truth, write_text

R = []

# ---------------------------------------------------------------- 01
R.append(("w7_01_deck_officer_txt", r"""
                              CURRICULUM VITAE

JOMAR PADILLA VILLANUEVA
Second Officer (OIC-NW, II/1)

Address   : Blk 12 Lot 7, Sampaguita St., Brgy. San Isidro, Cainta, Rizal 1900
Mobile    : +63 917 555 0142
E-mail    : jomar.villanueva@example.com

POSITION APPLIED FOR :  2ND OFFICER / CHIEF OFFICER (BULK CARRIER / PRODUCT TANKER)
AVAILABILITY         :  01 December 2024

PERSONAL DATA
  Date of Birth    : 14 February 1990
  Place of Birth   : Iloilo City
  Civil Status     : Married
  Nationality      : Filipino
  Height / Weight  : 170 cm / 68 kg
  Religion         : Roman Catholic
  Next of Kin      : Marites G. Villanueva (wife) - +63 917 555 0388

EDUCATIONAL ATTAINMENT
  2006 - 2010   Bachelor of Science in Marine Transportation (BSMT)
                Western Visayas Maritime Academy, Iloilo City

TRAVEL DOCUMENTS
  Document            Number        Date Issued    Valid Until    Place of Issue
  Passport            P5551234A     03-Aug-2019    02-Aug-2029    DFA Manila
  Seaman's Book       C0555412      11-Mar-2021    10-Mar-2031    MARINA
  US C1/D Visa        M5554431      20-Oct-2022    19-Oct-2027    Manila
  Panama Book         PA-555-0917   02-Jan-2023    01-Jan-2028    Manila

LICENSES & CERTIFICATES (STCW 2010 MANILA AMENDMENTS)
  - Certificate of Competency: OIC-NW (Reg. II/1)        MARINA   valid to 2027
  - GMDSS General Operator's Certificate (Reg. IV/2)       MARINA   valid to 2027
  - ECDIS Generic (IMO 1.27) / JRC JAN-901B Type Specific
  - Ship Security Officer (SSO)
  - Oil & Chemical Tanker Cargo Operations - Basic
  - Medical First Aid / Medical Care
  - Ship Simulator & Bridge Teamwork / BRM
  - Basic Training, PSCRB, Advanced Fire Fighting (valid to 2026)

SEA SERVICE RECORD (latest first)
-----------------------------------------------------------------------------------------------------------------------------
Rank             Vessel Name            Flag      Type              GRT      Sign On       Sign Off      Manning Agency
---------------  ---------------------  --------  ----------------  -------  ------------  ------------  ---------------------------
Second Officer   MV PACIFIC HARMONY     Panama    Bulk Carrier      43,012   15-Jan-2023   20-Sep-2023   Luzon Star Maritime Corp.
Second Officer   MT AEGEAN STAR         Liberia   Product Tanker    29,734   04-Feb-2022   28-Oct-2022   Luzon Star Maritime Corp.
Third Officer    MV NORDIC TERN         Marshall  Bulk Carrier      31,540   10-Jan-2020   22-Apr-2021   Visayan Crew Management Inc.
Third Officer    MV ORIENT KESTREL      Panama    Bulk Carrier      22,865   03-Jun-2018   15-Mar-2019   Visayan Crew Management Inc.
Deck Cadet       MV SOUTHERN PEARL      Singapore General Cargo     9,611    12-Aug-2010   30-Sep-2011   Pacific Ocean Manning Inc.
-----------------------------------------------------------------------------------------------------------------------------
Note: 2012 - 2017 shore-based as ship chandler sales clerk in Iloilo (family business) before returning to sea.
      Extended 2020-2021 contract due to COVID-19 crew change restrictions.

REMARKS / DUTIES AS SECOND OFFICER
  * Navigational watch 12-4; passage planning berth-to-berth on ECDIS (JRC, Furuno)
  * Maintenance of charts & publications, NAVTEX, T&P corrections, AVCS permits
  * GMDSS radio log, LSA/FFA inventory, medical officer on board
  * Cargo watch and ballast operations; draft survey assistance

REFERENCES
  Capt. Rogelio M. Abad - Master, MV Pacific Harmony - rogelio.abad@example.com
  Capt. Enrique T. Salas - Crewing Manager, Luzon Star Maritime Corp. - +63 2 8555 0190

I hereby certify that the above information is true and correct.

                                                         JOMAR P. VILLANUEVA
""",
dict(name="Jomar Padilla Villanueva", email="jomar.villanueva@example.com", phone="+63 917 555 0142",
     experience=[
        job("Luzon Star Maritime Corp.", "Second Officer", "15-Jan-2023", "20-Sep-2023"),
        job("Luzon Star Maritime Corp.", "Second Officer", "04-Feb-2022", "28-Oct-2022"),
        job("Visayan Crew Management Inc.", "Third Officer", "10-Jan-2020", "22-Apr-2021"),
        job("Visayan Crew Management Inc.", "Third Officer", "03-Jun-2018", "15-Mar-2019"),
        job("Pacific Ocean Manning Inc.", "Deck Cadet", "12-Aug-2010", "30-Sep-2011"),
     ], skills=[])))

# ---------------------------------------------------------------- 02  (German, tabular Lebenslauf)
R.append(("w7_02_train_driver_txt", """
LEBENSLAUF
==========

Persönliche Daten
-----------------
Name:               Tobias Reinhardt
Anschrift:          Lindenstraße 14, 04109 Leipzig
Telefon:            +49 341 5557821
E-Mail:             t.reinhardt@example.de
Geburtsdatum/-ort:  03.06.1986 in Halle (Saale)
Familienstand:      verheiratet, zwei Kinder
Führerschein:       Klasse B, C1


Beruflicher Werdegang
---------------------
seit 04/2017          Triebfahrzeugführer im Güterverkehr
                      Mitteldeutsche Güterbahn GmbH, Leipzig
                      - Ganzzugverkehre (Kesselwagen, Container) Leipzig – Hamburg/Rostock
                      - Baureihen 185, 193 (Vectron), 189; grenzüberschreitend nach Polen
                      - seit 2021 zusätzlich Praxisausbilder für neue Kollegen

10/2013 – 03/2017     Triebfahrzeugführer im Regionalverkehr
                      Sachsen-Regio Bahn AG, Dresden
                      - Regionalexpress und S-Bahn Dresden, BR 642 und BR 442 (Talent 2)
                      - Schichtdienst inkl. Wochenende und Nacht

07/2013 – 09/2013     Arbeitssuchend; Erwerb der Streckenkunde auf eigene Initiative

07/2010 – 06/2013     Soldat auf Zeit (SaZ 3), Kraftfahrer / Unteroffizier
                      Bundeswehr, Burg bei Magdeburg


Ausbildung
----------
09/2007 – 06/2010     Ausbildung zum Eisenbahner im Betriebsdienst,
                      Fachrichtung Lokführer und Transport
                      DB Regio AG, Ausbildungszentrum Halle (Abschluss: gut)

2003 – 2007           Realschulabschluss, Sekundarschule "Am Steintor", Halle


Weiterbildung
-------------
2024                  ETCS Level 2 – Fahrzeug- und Streckenschulung (3 Tage)
2019                  Zusatzbescheinigung Polen (PKP PLK), Sprachkurs Polnisch A2
jährlich              Fortbildungsunterricht nach TfV


Kenntnisse und Fähigkeiten
--------------------------
- Triebfahrzeugführerschein Klasse B (TfV)
- Baureihen 185, 189, 193, 442, 642
- Zugbeeinflussung: PZB 90, LZB, ETCS L2
- Rangierbegleitung und Bremsprobe
- Gefahrgut (RID) Schulung
- Sprachen: Deutsch (Muttersprache), Polnisch (A2), Englisch (Grundkenntnisse)


Leipzig, 12.11.2024

Tobias Reinhardt
""",
dict(name="Tobias Reinhardt", email="t.reinhardt@example.de", phone="+49 341 5557821",
     experience=[
        job("Mitteldeutsche Güterbahn GmbH", "Triebfahrzeugführer im Güterverkehr", "04/2017", None),
        job("Sachsen-Regio Bahn AG", "Triebfahrzeugführer im Regionalverkehr", "10/2013", "03/2017"),
        job("Bundeswehr", "Soldat auf Zeit (SaZ 3), Kraftfahrer / Unteroffizier", "07/2010", "06/2013"),
     ],
     skills=["Triebfahrzeugführerschein Klasse B (TfV)", "Baureihen 185, 189, 193, 442, 642",
             "Zugbeeinflussung: PZB 90, LZB, ETCS L2", "Rangierbegleitung und Bremsprobe",
             "Gefahrgut (RID) Schulung",
             "Sprachen: Deutsch (Muttersprache), Polnisch (A2), Englisch (Grundkenntnisse)"])))

# ---------------------------------------------------------------- 03  Kenya
R.append(("w7_03_community_health_worker_txt", """
CURRICULUM VITAE

NAME:  MERCY WANJIKU KAMAU
P.O. Box 5512-00100, Nairobi
Tel: 0712 555 384
Email: mercywanjiku.kamau@example.com


PERSONAL DETAILS
Date of Birth     : 11th August 1994
Gender            : Female
Nationality       : Kenyan
ID No.            : 31555482
Marital Status    : Single
Languages         : English, Kiswahili, Kikuyu


CAREER OBJECTIVE
To secure a position in a community-focused health organisation where I can use my
skills in health promotion, household visits and data reporting to improve maternal
and child health outcomes in underserved communities.


EDUCATION BACKGROUND
2013 - 2016   Kenya Medical Training College (KMTC), Nairobi Campus
              Diploma in Community Health (Credit)
2009 - 2012   Kiambu Township Girls High School
              Kenya Certificate of Secondary Education (KCSE) - Mean Grade B-
2001 - 2008   Gachie Primary School - KCPE


WORK EXPERIENCE

Organization : Amani Community Health Initiative
Position     : Community Health Assistant
Duration     : March 2021 to date
Duties and responsibilities:
   i.   Supervising and mentoring 25 Community Health Promoters (CHPs) in Kibera and Mathare
   ii.  Conducting household visits, defaulter tracing for immunisation and TB treatment
   iii. Compiling monthly MOH 515 reports and uploading data to eCHIS / KHIS
   iv.  Organising community dialogue days and Action days on WASH and nutrition

Organization : Kiambu County Department of Health
Position     : Community Health Extension Worker (Contract)
Duration     : January 2018 to February 2021
Duties and responsibilities:
   i.   Health education on family planning, ANC attendance and exclusive breastfeeding
   ii.  Screening for malnutrition (MUAC) and referral to link facilities
   iii. Supported COVID-19 contact tracing and vaccination mobilisation (2020)

Organization : St. Teresa's Mission Hospital
Position     : Intern - Community Health Department
Duration     : May 2017 to October 2017
Duties and responsibilities:
   i.   Outreach clinics and school health programmes
   ii.  Maintaining community registers and referral forms


VOLUNTEER EXPERIENCE
Kenya Red Cross Society, Nairobi Branch - First Aid & Disaster Response Volunteer (2015 - 2017)


SKILLS AND COMPETENCIES
   * Household visits and health education
   * Data collection using KoboCollect and eCHIS
   * Maternal, newborn and child health (MNCH) counselling
   * Community mobilisation and public speaking
   * Basic first aid and CPR
   * Computer literate (MS Word, Excel, PowerPoint)


HOBBIES
Reading, community theatre, netball.


REFEREES
1. Dr. James Otieno Ouma
   Programme Coordinator, Amani Community Health Initiative
   Tel: 0722 555 019
   Email: j.ouma@example.org

2. Mrs. Grace Njeri Mwangi
   Sub-County Community Health Focal Person, Kiambu County
   Tel: 0733 555 862

3. Mr. Peter Kiprono
   Lecturer, KMTC Nairobi
   Tel: 0701 555 447
""",
dict(name="Mercy Wanjiku Kamau", email="mercywanjiku.kamau@example.com", phone="0712 555 384",
     experience=[
        job("Amani Community Health Initiative", "Community Health Assistant", "March 2021", None),
        job("Kiambu County Department of Health", "Community Health Extension Worker (Contract)", "January 2018", "February 2021"),
        job("St. Teresa's Mission Hospital", "Intern - Community Health Department", "May 2017", "October 2017"),
     ],
     skills=["Household visits and health education", "Data collection using KoboCollect and eCHIS",
             "Maternal, newborn and child health (MNCH) counselling", "Community mobilisation and public speaking",
             "Basic first aid and CPR", "Computer literate (MS Word, Excel, PowerPoint)"])))

# ---------------------------------------------------------------- 04  UK ATC, ex-RAF
R.append(("w7_04_air_traffic_controller_txt", """
Daniel Okafor-Hughes
Fareham, Hampshire  |  07700 900418  |  d.okaforhughes@example.co.uk
UK CAA ATCO Licence - ADI / APS ratings, Class 1 medical (valid 2026)

PROFILE
Approach radar controller with six years' civil validation at a busy regional airport and
five years' prior service as an RAF flight operations officer. Calm under pressure, strong
OJTI background, looking for an area/en-route training opportunity.

EMPLOYMENT

SOLENT AIR NAVIGATION SERVICES LTD
  Air Traffic Control Officer - Approach Radar (APS) . Southampton Airport
  Jan. 2021 - present
    - Controls up to 28 movements/hour in Class D airspace with mixed IFR/VFR traffic
    - On-the-Job Training Instructor (OJTI) since 2022; mentored 4 trainees to validation
    - Unit safety rep; contributed to the 2023 airspace change consultation

  Air Traffic Control Officer - Aerodrome (ADI) . Southampton Airport
  Mar. 2019 - Dec. 2020
    - Tower and ground positions; runway safety team member

  Student Air Traffic Controller . College of ATC, Fareham
  Sept. 2018 - Feb. 2019
    - Validated ADI and APS courses (first-time passes)

ROYAL AIR FORCE
  Flight Operations Officer (Flying Officer) . RAF Brize Norton
  Aug. 2013 - Jul. 2018
    - Ran the station flight planning cell supporting A400M and Voyager tasking
    - Deployed to RAF Akrotiri (2016, 4 months) as Duty Ops Officer
    - Promoted from Pilot Officer to Flying Officer in 2015

EDUCATION
  BSc (Hons) Geography, University of Leeds, 2010 - 2013 (2:1)
  RAF Initial Officer Training, RAF College Cranwell, 2013

KEY SKILLS
  Approach radar control | Aerodrome control | OJTI | Safety management (SMS) |
  Team resource management (TRM) | NATS iTEC & EFPS familiarisation | English Level 6 (ICAO)

INTERESTS
  Private pilot (PPL-A, 180 hrs), fell running, volunteer with Air Cadets (Civilian Instructor, 2019 - present)

References available on request.
""",
dict(name="Daniel Okafor-Hughes", email="d.okaforhughes@example.co.uk", phone="07700 900418",
     experience=[
        job("SOLENT AIR NAVIGATION SERVICES LTD", "Air Traffic Control Officer - Approach Radar (APS)", "Jan. 2021", None),
        job("SOLENT AIR NAVIGATION SERVICES LTD", "Air Traffic Control Officer - Aerodrome (ADI)", "Mar. 2019", "Dec. 2020"),
        job("SOLENT AIR NAVIGATION SERVICES LTD", "Student Air Traffic Controller", "Sept. 2018", "Feb. 2019"),
        job("ROYAL AIR FORCE", "Flight Operations Officer (Flying Officer)", "Aug. 2013", "Jul. 2018"),
     ],
     skills=["Approach radar control", "Aerodrome control", "OJTI", "Safety management (SMS)",
             "Team resource management (TRM)", "NATS iTEC & EFPS familiarisation", "English Level 6 (ICAO)"])))

# ---------------------------------------------------------------- 05  Canada oil sands
R.append(("w7_05_heavy_equipment_operator_txt", """
RYAN T. McALLISTER
Fort McMurray, AB  T9H 5L2
(780) 555-0193  *  ryan.mcallister@example.ca

HEAVY EQUIPMENT OPERATOR - 12 YRS
Haul Truck / Dozer / Grader / Excavator. Available for 14/14 or 21/7 rotations; camp OK.

TICKETS & CERTIFICATIONS
  > Class 1 Driver's Licence (Alberta) - clean abstract
  > H2S Alive (Energy Safety Canada) - exp. 2026
  > Standard First Aid / CPR C - exp. 2025
  > WHMIS 2015, Ground Disturbance Level II, Fall Protection, TDG
  > Mine Site Equipment Operator Certificate (Keyano College, 2016)

WORK HISTORY

Athabasca Sands Mining Ltd. -- Mildred Lake site, north of Fort McMurray
   Heavy Equipment Operator II (Dozer/Grader)             2019 - now
      * D10T/D11T dozing on dump and tailings cells; 16M grader on haul roads
      * Zero recordables since 2019; crew safety rep (2022-2023)
   Heavy Haul Truck Operator                              2016 - 2019
      * CAT 797F & Komatsu 930E, 40+ loads/shift in winter conditions
      * Trained 6 new hires as a buddy operator

[Nov 2015 - Feb 2016: laid off during oil downturn - finished Class 1 upgrade,
 helped on family grain farm near Westlock]

Boreal Earthworks Inc., Grande Prairie, AB
   Equipment Operator (seasonal, Apr-Nov)                 04/2013 - 11/2015
      * Excavator (CAT 336) and rock truck on lease/road building for well sites
      * Pipeline ROW clean-up and reclamation

Northstar Aggregates, Westlock, AB
   Labourer / Rock Truck Driver                           2011-13
      * Gravel pit loader & articulated truck (Volvo A40), scale house relief

SKILLS
   Pre-trip inspections & circle checks . GPS grade control (Trimble) . Winter & night ops .
   Spotting & dumping to spotters . Radio protocol . Basic mechanical (greasing, daily PM)

EDUCATION
   High School Diploma - R.F. Staples School, Westlock (2011)

References from supervisors at ASM and Boreal on request.
""",
dict(name="Ryan T. McAllister", email="ryan.mcallister@example.ca", phone="(780) 555-0193",
     experience=[
        job("Athabasca Sands Mining Ltd.", "Heavy Equipment Operator II (Dozer/Grader)", "2019", None),
        job("Athabasca Sands Mining Ltd.", "Heavy Haul Truck Operator", "2016", "2019"),
        job("Boreal Earthworks Inc.", "Equipment Operator (seasonal, Apr-Nov)", "04/2013", "11/2015"),
        job("Northstar Aggregates", "Labourer / Rock Truck Driver", "2011", "13"),
     ],
     skills=["Pre-trip inspections & circle checks", "GPS grade control (Trimble)", "Winter & night ops",
             "Spotting & dumping to spotters", "Radio protocol", "Basic mechanical (greasing, daily PM)"])))

# ---------------------------------------------------------------- 06  South Africa barber
R.append(("w7_06_barber_txt", """
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   THABO MOKOENA
   Barber  |  Fade Specialist  |  Soweto, Jozi
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Cell / WhatsApp: 072 555 0416
Email: thabo.cuts@example.co.za
Instagram: @thabo_cuts_jozi

ABOUT ME
I have been cutting hair for 9 years - started in my mother's backyard, now I have my
own chair and a loyal client book of 300+ regulars. Clean work, on time, good vibes.

WHERE I HAVE WORKED

>> Kasi Kings Barbershop  (Maponya Mall, Soweto)
   Chair-rental Barber (self-employed)
   Feb 2021 - Present
   - Rent my own chair, manage my own bookings and stock
   - Average 14 cuts a day, weekends fully booked 2 weeks ahead
   - Run the shop's Instagram reels (views up from 2k to 40k a month)

>> Sharp Edge Grooming Lounge  (Sandton City)
   Senior Barber
   Jun 2018 - Jan 2021
   - Corporate clients, hot-towel shaves, beard sculpting
   - Trained 3 juniors; shop closed for 5 months in 2020 lockdown
   Junior Barber
   Mar 2016 - May 2018
   - Washing, line-ups, kids' cuts, then full client list from 2017

>> Pick n Pay, Jabulani
   Cashier
   Jan 2014 - Dec 2015

QUALIFICATIONS
   National Senior Certificate (Matric) - Morris Isaacson High School, 2013
   Hairdressing & Barbering, NQF Level 4 - Services SETA accredited, 2017

MY SKILLS
   + Skin fades, tapers and line-ups
   + Beard sculpting and hot-towel shaves
   + Afro hair, waves, twists and chiskop
   + Hygiene and tool sterilisation
   + Booking apps (Booksy / WhatsApp Business)

LANGUAGES
   isiZulu, Sesotho, English

References available on request.
""",
dict(name="Thabo Mokoena", email="thabo.cuts@example.co.za", phone="072 555 0416",
     experience=[
        job("Kasi Kings Barbershop", "Chair-rental Barber (self-employed)", "Feb 2021", None),
        job("Sharp Edge Grooming Lounge", "Senior Barber", "Jun 2018", "Jan 2021"),
        job("Sharp Edge Grooming Lounge", "Junior Barber", "Mar 2016", "May 2018"),
        job("Pick n Pay", "Cashier", "Jan 2014", "Dec 2015"),
     ],
     skills=["Skin fades, tapers and line-ups", "Beard sculpting and hot-towel shaves",
             "Afro hair, waves, twists and chiskop", "Hygiene and tool sterilisation",
             "Booking apps (Booksy / WhatsApp Business)"])))

# ---------------------------------------------------------------- 07  Nigeria statistician
R.append(("w7_07_statistician_txt", """
                         CURRICULUM VITAE
                  ADEYEMI, Oluwaseun Adebayo
        No. 14, Adeola Odeku Street, Victoria Island, Lagos.
     Phone: +234 803 555 0172  |  E-mail: seun.adeyemi@example.com

PERSONAL DATA
Date of Birth:        22nd March, 1991
State of Origin:      Oyo State
L.G.A.:               Ibadan North
Sex:                  Male
Marital Status:       Married
Nationality:          Nigerian

CAREER OBJECTIVE
To apply sound statistical methods to survey and administrative data in a result-oriented
organisation, and to grow into a leadership role in research and evaluation.

EDUCATIONAL QUALIFICATIONS WITH DATES
University of Ibadan, Ibadan ........................... M.Sc. Statistics ............... 2019
Federal University of Technology, Akure ................ B.Tech. Statistics (2:1) ....... 2013
Ibadan Grammar School .................................. WASSCE ......................... 2007

WORKING EXPERIENCE

2020 - Date      STRATEX RESEARCH & ANALYTICS LTD, LAGOS
                 Senior Statistician
                 * Lead sampling design for national household and market surveys (n up to 12,000)
                 * Build weighting, imputation and small-area estimates in R and Stata
                 * Supervise 4 analysts and 60 field enumerators using CAPI (SurveyCTO)

Nov. 2015 -      OYO STATE BUREAU OF STATISTICS, IBADAN
Dec. 2019        Statistical Officer II
                 * Compiled quarterly CPI and state GDP estimates
                 * Managed the state's contribution to the General Household Survey

Mar. 2014 -      NATIONAL BUREAU OF STATISTICS, ABUJA
Feb. 2015        Corps Member (NYSC)
                 * Data cleaning and tabulation for the Labour Force Survey

Jun. 2011 -      ONDO STATE MINISTRY OF ECONOMIC PLANNING & BUDGET, AKURE
Nov. 2011        Industrial Trainee (SIWES)

COMPUTER SKILLS
R, Stata, SPSS, Python (pandas), CSPro, SurveyCTO, Microsoft Excel (Advanced), Power BI

PROFESSIONAL MEMBERSHIP
Nigerian Statistical Association (NSA) - Member
Royal Statistical Society (RSS) - Graduate Statistician, 2021

HOBBIES
Chess, football, reading.

REFEREES
Available on request.
""",
dict(name="Oluwaseun Adebayo Adeyemi", email="seun.adeyemi@example.com", phone="+234 803 555 0172",
     experience=[
        job("STRATEX RESEARCH & ANALYTICS LTD", "Senior Statistician", "2020", None),
        job("OYO STATE BUREAU OF STATISTICS", "Statistical Officer II", "Nov. 2015", "Dec. 2019"),
        job("NATIONAL BUREAU OF STATISTICS", "Corps Member (NYSC)", "Mar. 2014", "Feb. 2015"),
        job("ONDO STATE MINISTRY OF ECONOMIC PLANNING & BUDGET", "Industrial Trainee (SIWES)", "Jun. 2011", "Nov. 2011"),
     ],
     skills=["R", "Stata", "SPSS", "Python (pandas)", "CSPro", "SurveyCTO", "Microsoft Excel (Advanced)", "Power BI"])))

# ---------------------------------------------------------------- 08  Australia firefighter
R.append(("w7_08_firefighter_txt", """
LIAM O'ROURKE
Bendigo VIC 3550  •  0491 570 156  •  liam.orourke@example.com.au

CAREER SUMMARY
Qualified firefighter (Station 62, Bendigo) with a background in mine emergency response
and six years in the Australian Army. HR licence, BA and road crash rescue qualified.
Seeking promotion to Leading Firefighter.

EMPLOYMENT HISTORY

Qualified Firefighter – Fire Rescue Victoria, Bendigo (Stn 62)
2019 – now
• Structural, grass and scrub fire response; ~350 incidents attended
• Road crash rescue operator (hydraulic tools), hazmat decon support
• Station community safety lead – smoke alarm program in 400+ homes

Recruit Firefighter – Fire Rescue Victoria, Craigieburn Training Centre
2018 – 2019
• 18-week recruit course, graduated with the course merit award

Emergency Response Officer (FIFO 8/6) – Goldfields Nickel Operations, Kambalda WA
2014 – 2018
• Underground mine rescue team member; BA team leader from 2016
• Maintained fire systems, ERT training and site first aid

Combat Engineer (Sapper), later Lance Corporal – Australian Army, 1st Combat Engineer Regiment, Darwin
2008 – 2014
• Water ops, demolitions, search; deployed Afghanistan 2011 (Mentoring Task Force 3)

VOLUNTEERING
CFA Volunteer Firefighter, Strathfieldsaye Fire Brigade – 2005 – 2008 and 2018 – now

QUALIFICATIONS & LICENCES
• Certificate IV in Public Safety (Firefighting Supervision) – in progress
• Certificate III in Public Safety (Firefighting Operations)
• HR (Heavy Rigid) licence
• Senior First Aid, Advanced Resuscitation

SKILLS
• Breathing apparatus (open and closed circuit)
• Road crash rescue
• Confined space and working at heights
• Hazmat decontamination
• Pump operations and hydrant systems
• Community education

REFEREES
Available on request
""",
dict(name="Liam O'Rourke", email="liam.orourke@example.com.au", phone="0491 570 156",
     experience=[
        job("Fire Rescue Victoria", "Qualified Firefighter", "2019", None),
        job("Fire Rescue Victoria", "Recruit Firefighter", "2018", "2019"),
        job("Goldfields Nickel Operations", "Emergency Response Officer (FIFO 8/6)", "2014", "2018"),
        job("Australian Army", "Combat Engineer (Sapper), later Lance Corporal", "2008", "2014"),
     ],
     skills=["Breathing apparatus (open and closed circuit)", "Road crash rescue", "Confined space and working at heights",
             "Hazmat decontamination", "Pump operations and hydrant systems", "Community education"])))

# ---------------------------------------------------------------- 09  Pakistan dentist
R.append(("w7_09_dentist_txt", """
                                 DR. AYESHA SIDDIQUI
                          BDS (Karachi) | RDS | PMDC Reg. No. 55512-D

House No. B-214, Block 13-D, Gulshan-e-Iqbal, Karachi
Cell: +92 300 5552184          Email: dr.ayesha.siddiqui@example.com

_____________________________________________________________________________________

OBJECTIVE
A compassionate general dentist seeking a position in a patient-centred multi-specialty
clinic, with a special interest in endodontics and paediatric dentistry.

_____________________________________________________________________________________

ACADEMIC QUALIFICATIONS
 Degree          Institution                                       Year      Result
 BDS             Karachi Institute of Dental Sciences              2017      1st Division
 F.Sc (Pre-Med)  Govt. Degree College for Women, Karachi           2012      A-1 Grade
 Matric          The City School, Gulshan Campus                   2010      A-1 Grade

_____________________________________________________________________________________

CLINICAL EXPERIENCE

 * General Dental Practitioner
   SmileCare Dental Clinic, Clifton, Karachi
   Aug 2020 to date
     - 20-25 patients daily: restorations, rotary RCT, extractions, scaling
     - Introduced digital X-ray record keeping and patient SMS reminders

 * Dental Surgeon (Part-time, evening OPD)
   Al-Shifa Welfare Hospital, Korangi
   02/2019 - 07/2020
     - Subsidised OPD for low-income patients; school dental camps

 * House Officer (one-year rotational house job)
   Karachi Institute of Dental Sciences Hospital
   01-02-2018 to 31-01-2019
     - Rotations: Operative Dentistry, Prosthodontics, Oral Surgery, Orthodontics

_____________________________________________________________________________________

WORKSHOPS & CONFERENCES
 - Hands-on Rotary Endodontics Workshop, Pakistan Dental Association, 2021
 - Basic Life Support (BLS), Karachi Resuscitation Council, 2022
 - 12th International Dental Conference, Lahore, 2019 (poster presentation)

_____________________________________________________________________________________

PROFESSIONAL SKILLS
 - Rotary endodontics (ProTaper, WaveOne)
 - Composite and GIC restorations
 - Simple and surgical extractions
 - Paediatric dentistry (pulpotomy, fissure sealants)
 - Removable partial and complete dentures
 - Infection control & sterilisation protocols

LANGUAGES:  English, Urdu, Sindhi

REFERENCES:  Will be furnished on demand.
""",
dict(name="Ayesha Siddiqui", email="dr.ayesha.siddiqui@example.com", phone="+92 300 5552184",
     experience=[
        job("SmileCare Dental Clinic", "General Dental Practitioner", "Aug 2020", None),
        job("Al-Shifa Welfare Hospital", "Dental Surgeon (Part-time, evening OPD)", "02/2019", "07/2020"),
        job("Karachi Institute of Dental Sciences Hospital", "House Officer (one-year rotational house job)", "01-02-2018", "31-01-2019"),
     ],
     skills=["Rotary endodontics (ProTaper, WaveOne)", "Composite and GIC restorations", "Simple and surgical extractions",
             "Paediatric dentistry (pulpotomy, fissure sealants)", "Removable partial and complete dentures",
             "Infection control & sterilisation protocols"])))

# ---------------------------------------------------------------- 10  UK charity fundraiser
R.append(("w7_10_fundraising_manager_txt", """
Priya Chauhan
Bristol · 07700 900263 · priya.chauhan@example.org.uk · linkedin.com/in/priyachauhan-fundraising

Trusts and major-gifts fundraiser with nine years in health, children's and environmental
charities. Raised £6.4m in the last five years, with a particular strength in multi-year
trust partnerships and statutory bids.


Experience

Head of Trusts & Foundations, Severn Vale Hospice
Bristol · March 2022 to date
Lead a team of three; income from trusts up from £780k to £1.4m a year. Secured the hospice's
first seven-figure capital pledge (£1.1m, new in-patient unit) and rebuilt the case for support.

Trusts & Statutory Fundraising Manager, Riverbank Children's Charity
Bath · Sept 2019 to Feb 2022
Managed a pipeline of 120 trusts; wrote successful bids to the National Lottery Community Fund
(£450k over 3 years) and two local authority contracts. Moved the team onto Raiser's Edge NXT.

Career break, Jan 2018 to Aug 2019
Full-time carer for a family member; completed the CIoF Certificate in Fundraising.

Westcountry Wildlife Trust, Exeter
    Trusts Officer · April 2016 to December 2017
    Community Fundraising Officer · October 2014 to March 2016
Ran the trust's first sponsored coast walk (£38k in year one) before moving into trust
fundraising; wrote 60+ applications a year with a 41% success rate.

Fundraising Intern, Clearwater Aid
London · Summer 2014


Volunteering
Trustee and treasurer, Easton Community Food Bank (2020 – present)
Bid-writing mentor, Small Charities Coalition (ad hoc)


Education
BA (Hons) History, University of Exeter, 2011 – 2014 (2:1)
Chartered Institute of Fundraising – Certificate in Fundraising, 2019


Skills
Trust & foundation bids; major-donor cultivation; case for support; statutory funding &
tenders; Raiser's Edge NXT; Beacon CRM; budget building & reporting; Gift Aid compliance


References available on request.
""",
dict(name="Priya Chauhan", email="priya.chauhan@example.org.uk", phone="07700 900263",
     experience=[
        job("Severn Vale Hospice", "Head of Trusts & Foundations", "March 2022", None),
        job("Riverbank Children's Charity", "Trusts & Statutory Fundraising Manager", "Sept 2019", "Feb 2022"),
        job("Westcountry Wildlife Trust", "Trusts Officer", "April 2016", "December 2017"),
        job("Westcountry Wildlife Trust", "Community Fundraising Officer", "October 2014", "March 2016"),
        job("Clearwater Aid", "Fundraising Intern", "Summer 2014", None),
     ],
     skills=["Trust & foundation bids", "major-donor cultivation", "case for support", "statutory funding & tenders",
             "Raiser's Edge NXT", "Beacon CRM", "budget building & reporting", "Gift Aid compliance"])))

for base, text, t in R:
    write_text(base + ".txt", text)
    write_truth(base, **t)
print("txt:", len(R))
