"""Plain-text resumes w6_01 .. w6_10."""
from common import job, truth, write_text, write_truth

R = []  # (base, text, truth)

# ---------------------------------------------------------------- 01
rows = [
    ("RANK", "VESSEL", "TYPE / GRT", "FLAG", "COMPANY / MANNING AGENCY", "SIGN-ON", "SIGN-OFF"),
    ("Chief Officer", "MV Cordillera Star", "Bulk / 43,012", "Panama", "Northbay Ship Management Inc.", "14-Jan-2024", "On board"),
    ("Chief Officer", "MV Visayan Pride", "Bulk / 32,560", "Liberia", "Northbay Ship Management Inc.", "02-Mar-2023", "18-Sep-2023"),
    ("2nd Officer", "MV Visayan Pride", "Bulk / 32,560", "Liberia", "Northbay Ship Management Inc.", "11-Apr-2022", "27-Dec-2022"),
    ("2nd Officer", "MT Mindoro Spirit", "Prod. Tanker / 29,870", "Marshall Is.", "Pacific Crest Tankers Pte Ltd", "10-May-2021", "25-Jan-2022"),
    ("3rd Officer", "MT Luzon Breeze", "Chem/Oil / 11,240", "Singapore", "Pacific Crest Tankers Pte Ltd", "01-Jun-2019", "12-Mar-2020"),
    ("3rd Officer", "MV Ocean Harmony", "Container / 54,300", "Malta", "Stellamar Crew Services Corp.", "15-Jul-2017", "30-Apr-2018"),
    ("Able Seaman", "MV Ocean Harmony", "Container / 54,300", "Malta", "Stellamar Crew Services Corp.", "03-Feb-2015", "20-Nov-2015"),
    ("Able Seaman", "MV Aurora Bay", "Container / 40,100", "Malta", "Stellamar Crew Services Corp.", "22-Mar-2012", "05-Jan-2013"),
    ("Ordinary Seaman", "MV Sierra Madre Trader", "Bulk / 24,950", "Panama", "Stellamar Crew Services Corp.", "17-Jun-2009", "28-Mar-2010"),
    ("Deck Cadet", "MV Sierra Madre Trader", "Bulk / 24,950", "Panama", "Stellamar Crew Services Corp.", "08-Apr-2007", "19-Apr-2008"),
]
widths = [17, 24, 23, 14, 31, 13, 11]
def fmt(r):
    return "".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
sep = "-" * sum(widths)
table = "\n".join([sep, fmt(rows[0]), sep] + [fmt(r) for r in rows[1:]] + [sep])

t01 = f"""
                                   CURRICULUM VITAE

POSITION APPLIED FOR :  CHIEF OFFICER (Bulk Carrier / Tanker)
AVAILABILITY         :  Upon completion of present contract (approx. Oct 2024)

PERSONAL DATA
  Name                :  RODEL JOHN B. DELA CRUZ
  Address             :  Blk 12 Lot 7 Sampaguita St., Brgy. Molino III, Bacoor City, Cavite 4102
  Mobile No.          :  +63 917 555 0142
  E-mail              :  rjdelacruz.seaman@example.com
  Date of Birth       :  March 3, 1986
  Place of Birth      :  Tacloban City, Leyte
  Civil Status        :  Married
  Nationality         :  Filipino
  Height / Weight     :  170 cm / 72 kg
  Religion            :  Roman Catholic
  Nearest Airport     :  NAIA, Manila

EDUCATIONAL ATTAINMENT
  Bachelor of Science in Marine Transportation (BSMT)
  Leyte Maritime Academy, Tacloban City ............................ 2002 - 2007 (incl. 1 yr shipboard training)

TRAVEL DOCUMENTS           NUMBER          DATE ISSUED     VALID UNTIL
  Passport                 P5550142B       12-Feb-2021     11-Feb-2031
  Seaman's Book (SIRB)     C0555014        03-Aug-2020     02-Aug-2030
  US C1/D Visa             M5550142        20-Jun-2019     19-Jun-2029
  Yellow Fever             YF-555014       05-Jan-2018     Lifetime

LICENSES / CERTIFICATE OF COMPETENCY (MARINA)
  COC - Chief Mate (Reg. II/2)           No. CM-0555142      14-Sep-2022     13-Sep-2027
  COC - Officer in Charge of Nav. Watch  No. OIC-0555142     20-Mar-2017     19-Mar-2022
  GMDSS - General Operator (Reg. IV/2)   No. GOC-0555142     01-Jul-2022     30-Jun-2027
  Panama Endorsement (Chief Mate)        No. PA-5550142      10-Jan-2024     09-Jan-2029

TRAININGS / CERTIFICATES (STCW 2010 Manila Amendments)
  Basic Training (BT) / Refresher         Adv. Fire Fighting           Medical First Aid
  Proficiency in Survival Craft (PSCRB)   Ship Security Officer (SSO)  ECDIS Generic & JRC type-specific
  Bridge Resource Management (BRM)        Ship Handling & Maneuvering  Oil & Chemical Tanker Familiarization
  Radar/ARPA                              Ballast Water Management     Training for Seafarers w/ Security Duties

SEA SERVICE RECORD (latest first)
{table}

Total sea service as officer: approx. 4 yrs 2 mos.

DUTIES AS CHIEF OFFICER (MV Cordillera Star / MV Visayan Pride)
  - Cargo planning, loading/discharging of grain, coal and steel products; stability and draft surveys.
  - Planned maintenance of deck machinery, hatch covers and LSA/FFA; PMS records in AMOS.
  - Supervise deck crew of 12; conduct drills, toolbox meetings and permit-to-work.
  - Port State Control (Tokyo & Paris MOU) and RightShip inspections with zero detentions.
  - Ballast water exchange & BWTS operation; garbage and ORB Part II records.

CHARACTER REFERENCES
  Capt. Arnel S. Macaraeg     Master, Northbay Ship Management Inc.     +63 918 555 0297
  Ms. Liza V. Tolentino       Crewing Manager, Northbay Ship Management  +63 2 8555 0144

I hereby certify that the above information is true and correct to the best of my knowledge.

                                                        RODEL JOHN B. DELA CRUZ
                                                        Applicant
"""
R.append(("w6_01_deck_officer_txt", t01, truth(
    "Rodel John B. Dela Cruz", "rjdelacruz.seaman@example.com", "+63 917 555 0142",
    [job(r[4], r[0], r[5], None if r[6] == "On board" else r[6]) for r in rows[1:]],
    [])))

# ---------------------------------------------------------------- 02
t02 = """
DANIEL R. KOWALSKI
Parma, OH 44134  *  (440) 555-0187  *  dkowalski.cnc@example.com

CNC MACHINIST -- SET-UP / PROGRAMMING
Fourteen years setting up and running 3- and 4-axis mills and CNC lathes in
aerospace and heavy-truck job shops. Hold tolerances to +/-.0005". Comfortable
on the floor and at the CAM station. Day or 2nd shift, overtime OK.

SKILLS
  - Haas VF-series mills, Mazak Integrex and Okuma LB lathes
  - G-code / M-code editing at the control
  - Mastercam 2023 (2D & 3D toolpaths)
  - GD&T (ASME Y14.5) and blueprint reading
  - CMM (Zeiss Calypso), height gage, bore gages, mics
  - First article inspection (AS9102)
  - Fixture design and soft-jaw work
  - Forklift and overhead crane certified

WORK HISTORY

Precision Axle & Gear Co. -- Cleveland, OH
   CNC Machinist II / Set-up Lead ................... 2016 - now
     - Set up and prove out jobs on 6 Haas VF-4SS mills and 2 Mazak Integrex
       mill-turns; run lots of 5 to 5,000 pcs.
     - Cut average set-up time from 3.5 to 2 hrs by standardizing fixture plates.
     - Train new operators; sign off their first-piece checks.
   CNC Machinist I .................................. 2013 - 2016
     - Ran and adjusted offsets on Okuma lathes, 4130 and 17-4 PH stainless.
     - Deburr, inspect, and fill out SPC charts every 10th part.

Buckeye Tool & Die, Inc. -- Elyria, OH
   Machine Operator ................................. June 2009 - Feb 2013
     - 2nd shift. Loaded/unloaded Fadal and Haas mills, changed inserts,
       measured with calipers and mics, kept the area 5S.

   (Laid off from Lorain Stamping Works when the plant closed in Jan 2009;
    completed CNC certificate at LCCC while working 2nd shift.)

Lorain Stamping Works -- Lorain, OH
   Press Operator / Material Handler ................ 2005 - 2009

EDUCATION
   Lorain County Community College -- CNC Machining Certificate, 2009
   NIMS Level I: Milling, Turning, Measurement/Materials/Safety
   Parma Senior High School -- Diploma, 2004

References on request.
"""
R.append(("w6_02_cnc_machinist_txt", t02, truth(
    "Daniel R. Kowalski", "dkowalski.cnc@example.com", "(440) 555-0187",
    [job("Precision Axle & Gear Co.", "CNC Machinist II / Set-up Lead", "2016"),
     job("Precision Axle & Gear Co.", "CNC Machinist I", "2013", "2016"),
     job("Buckeye Tool & Die, Inc.", "Machine Operator", "June 2009", "Feb 2013"),
     job("Lorain Stamping Works", "Press Operator / Material Handler", "2005", "2009")],
    ["Haas VF-series mills, Mazak Integrex and Okuma LB lathes",
     "G-code / M-code editing at the control",
     "Mastercam 2023 (2D & 3D toolpaths)",
     "GD&T (ASME Y14.5) and blueprint reading",
     "CMM (Zeiss Calypso), height gage, bore gages, mics",
     "First article inspection (AS9102)",
     "Fixture design and soft-jaw work",
     "Forklift and overhead crane certified"])))

# ---------------------------------------------------------------- 03
t03 = """
CHLOE MAY HARGREAVES
Senior Hair Stylist & Colourist

Didsbury, Manchester M20
Mobile: 07700 900472
Email: chloe.hargreaves@example.co.uk
Instagram: @chloecolours_mcr (portfolio)


PERSONAL PROFILE

Friendly, creative stylist with nine years behind the chair and a loyal
client base. I specialise in lived-in colour and colour correction and love
bringing on apprentices. Looking for a senior/educator role in a busy salon
in South Manchester.


KEY SKILLS

 •  Balayage, foilayage & lived-in colour
 •  Colour correction
 •  Precision cutting (ladies' & men's)
 •  Bridal & occasion hair
 •  Keratin smoothing treatments
 •  Training & mentoring apprentices
 •  Phorest & Shortcuts salon software


EMPLOYMENT HISTORY

Sept 2019 – Present
Senior Stylist & Colour Educator – Bloom & Co. Hair, Didsbury
 •  Column of 25–30 clients a week; average bill £115.
 •  Run monthly colour training nights for 4 juniors and 2 apprentices.
 •  Rebooking rate 82% (salon target 70%).
 •  Maternity leave Jul 2022 – Jan 2023, returned 4 days a week.

Apr 2017 – Aug 2019
Stylist – Marlowe Hair Lounge, Manchester
 •  Built my own column from scratch within 6 months.
 •  Hair for Manchester Fashion Week shows 2018.

Mar 2016 – Mar 2017
Junior Stylist – The Cutting Room, Stockport

Sep 2014 – Feb 2016
Apprentice Hairdresser – The Cutting Room, Stockport
 •  Completed Level 2 & Level 3 NVQ with distinction while working 4 days.

2012 – 2014
Saturday Assistant – Tresses, Stockport (while at school)
 •  Shampooing, reception, sweeping up – where it all started!


EDUCATION & TRAINING

Level 3 NVQ Diploma in Hairdressing – Stockport College, 2016
L'Oréal Colour Specialist (Colour Degree) – 2020
Olaplex & K18 product certification – 2021
GCSEs: 8 grades A*–C incl. English and Maths – 2014


INTERESTS

Vintage fashion, running (Manchester 10k 2023), volunteering at the Hair
Bank Didsbury cutting hair for homeless guests once a month.


References available on request.
"""
R.append(("w6_03_hairdresser_txt", t03, truth(
    "Chloe May Hargreaves", "chloe.hargreaves@example.co.uk", "07700 900472",
    [job("Bloom & Co. Hair", "Senior Stylist & Colour Educator", "Sept 2019"),
     job("Marlowe Hair Lounge", "Stylist", "Apr 2017", "Aug 2019"),
     job("The Cutting Room", "Junior Stylist", "Mar 2016", "Mar 2017"),
     job("The Cutting Room", "Apprentice Hairdresser", "Sep 2014", "Feb 2016"),
     job("Tresses", "Saturday Assistant", "2012", "2014")],
    ["Balayage, foilayage & lived-in colour", "Colour correction",
     "Precision cutting (ladies' & men's)", "Bridal & occasion hair",
     "Keratin smoothing treatments", "Training & mentoring apprentices",
     "Phorest & Shortcuts salon software"])))

# ---------------------------------------------------------------- 04
t04 = """
CURRICULUM VITAE
________________________________________________________________________

Name:        Ciarán Ó Briain
Address:     14 Ashgrove Park, Swords, Co. Dublin, K67 X2Y3
Mobile:      087 555 0193
Email:       ciaran.obriain@example.ie
Licences:    Full Category B, C and D driving licence (clean)
________________________________________________________________________

PERSONAL STATEMENT
Qualified train driver with seven years on DART and Northern commuter
services and a strong safety record (no SPADs, no disciplinary). Calm under
pressure, punctual, and used to early and late rosters. Previously a coach
driver, so I know what customer service means on the front line.

CAREER HISTORY

2015 – now        IARNRÓD ÉIREANN, Dublin (Connolly / Fairview depot)

   2017 – now       Train Driver – DART & Northern Commuter
                    - Drive 8100/8500 class DART and 29000 class railcars
                      Greystones–Howth/Malahide and Dublin–Dundalk.
                    - Competent on CAWS/ATP, Dublin Area Rapid Transit
                      signalling, GSM-R radio procedures.
                    - Route-refreshed annually; passed all medicals.
                    - Mentor for two trainee drivers (2022, 2023).

   2015 – 2017      Trainee Train Driver
                    - 52-week programme: rules & regulations, traction,
                      route knowledge, 600+ hrs supervised driving.

2011 – 15         FINGAL COACH HIRE LTD, Swords
                  Coach Driver
                  - School runs, airport transfers and private hire,
                    incl. tours to Galway and the Ring of Kerry.
                  - Daily walk-round checks, tachograph, CPC training.

2008 – 2010       Career break – travelled in Australia and New Zealand

2004 – 2008       FRESH DIRECT FOODS LTD, Ballymun
                  Forklift Driver / Warehouse Operative
                  - Counterbalance & reach truck, night shift picking.

EDUCATION
2004              Leaving Certificate – St. Colmcille's Community School,
                  Swords (Ordinary & Higher level)
2012              Driver CPC (Category D) – RSA approved course

INTERESTS
GAA – coach the U-12 hurlers at my local club on Saturday mornings.
Cycling, and restoring an old Massey Ferguson with my father.

REFEREES
Available on request.
"""
R.append(("w6_04_train_driver_txt", t04, truth(
    "Ciarán Ó Briain", "ciaran.obriain@example.ie", "087 555 0193",
    [job("IARNRÓD ÉIREANN", "Train Driver – DART & Northern Commuter", "2017"),
     job("IARNRÓD ÉIREANN", "Trainee Train Driver", "2015", "2017"),
     job("FINGAL COACH HIRE LTD", "Coach Driver", "2011", "15"),
     job("FRESH DIRECT FOODS LTD", "Forklift Driver / Warehouse Operative", "2004", "2008")],
    [])))

# ---------------------------------------------------------------- 05
t05 = """
                              CURRICULUM VITAE

NISHANTHI PERERA
Executive Housekeeper
Mobile: +971 50 555 2741   |   Email: nishanthi.perera@example.com
Location: Al Nahda, Dubai, U.A.E.

------------------------------------------------------------------------------
CAREER OBJECTIVE
------------------------------------------------------------------------------
To obtain a challenging position as Executive Housekeeper / Director of
Housekeeping in a reputed 5-star property where my 17 years of GCC and Sri
Lankan luxury hotel experience will contribute to guest satisfaction and the
growth of the organization.

------------------------------------------------------------------------------
KEY SKILLS
------------------------------------------------------------------------------
  ➢ Pre-opening & soft-opening of hotels
  ➢ Opera PMS & HotSOS
  ➢ Budgeting, payroll & OS&E control
  ➢ Laundry & linen management
  ➢ Forbes / LQA standards
  ➢ Team training & multi-cultural staff handling
  ➢ Pest control & HACCP
  ➢ Public area & landscaping coordination

------------------------------------------------------------------------------
PROFESSIONAL EXPERIENCE   (Total 17+ years)
------------------------------------------------------------------------------

1.  Organization  :  Al Reem Grand Resort & Spa, Abu Dhabi (5-star, 412 keys)
    Designation   :  Executive Housekeeper
    Period        :  From March 2019 to date

    Responsibilities:
      ➢ Heading a team of 164 (3 assistant managers, 18 supervisors).
      ➢ Preparing department budget of AED 14 million, monthly P&L review.
      ➢ Achieved 91% in LQA audit 2023 (highest in cluster).
      ➢ Coordinating with Engineering for preventive maintenance of rooms.
      ➢ Sustainability: in-room glass bottles, linen re-use programme.

2.  Organization  :  Marina Pearl Hotel, Dubai
    Designation   :  Assistant Executive Housekeeper
    Period        :  January 2016 to February 2019

    Designation   :  Housekeeping Supervisor
    Period        :  June 2013 to December 2015

    Responsibilities:
      ➢ Pre-opening team member (hotel opened Oct 2013, 520 rooms).
      ➢ Rostering, inventory of guest supplies and minibar.
      ➢ Trained 40+ room attendants on brand standards.

3.  Organization  :  Corniche Bay Hotel, Doha, Qatar
    Designation   :  Floor Supervisor
    Period        :  August 2010 to May 2013

4.  Organization  :  Galle Fort Heritage Hotel, Galle, Sri Lanka
    Designation   :  Room Attendant
    Period        :  2007 to 2010

------------------------------------------------------------------------------
EDUCATION & TRAINING
------------------------------------------------------------------------------
  ➢ Diploma in Hotel Management (Housekeeping) – Sri Lanka Institute of
    Tourism & Hotel Management, Colombo, 2007
  ➢ G.C.E. Advanced Level – 2005
  ➢ Certificate in Train-the-Trainer (AHLEI), 2017
  ➢ HACCP Level 2, Dubai Municipality – 2021
  ➢ Person In Charge (PIC) – Abu Dhabi Agriculture & Food Safety Authority

------------------------------------------------------------------------------
PERSONAL DATA
------------------------------------------------------------------------------
  Nationality        :  Sri Lankan
  Date of Birth      :  22 July 1985
  Marital Status     :  Married
  Visa Status        :  Employment Visa (transferable)
  Driving License    :  UAE Light Vehicle
  Languages          :  English, Sinhala, Tamil, basic Arabic

DECLARATION
I hereby declare that all the details furnished above are true to the best of
my knowledge and belief.

Place: Abu Dhabi                                        NISHANTHI PERERA
"""
R.append(("w6_05_executive_housekeeper_txt", t05, truth(
    "Nishanthi Perera", "nishanthi.perera@example.com", "+971 50 555 2741",
    [job("Al Reem Grand Resort & Spa", "Executive Housekeeper", "March 2019"),
     job("Marina Pearl Hotel", "Assistant Executive Housekeeper", "January 2016", "February 2019"),
     job("Marina Pearl Hotel", "Housekeeping Supervisor", "June 2013", "December 2015"),
     job("Corniche Bay Hotel", "Floor Supervisor", "August 2010", "May 2013"),
     job("Galle Fort Heritage Hotel", "Room Attendant", "2007", "2010")],
    ["Pre-opening & soft-opening of hotels", "Opera PMS & HotSOS",
     "Budgeting, payroll & OS&E control", "Laundry & linen management",
     "Forbes / LQA standards", "Team training & multi-cultural staff handling",
     "Pest control & HACCP", "Public area & landscaping coordination"])))

# ---------------------------------------------------------------- 06
t06 = """
                              CURRICULUM VITAE

                          OLUWASEUN ADEBAYO BAKARE
              No. 7, Adeniyi Jones Avenue, Ikeja, Lagos State.
           Tel: 0803 555 0176      E-mail: seun.bakare@example.com

PERSONAL DATA
Date of Birth:          14th August, 1988
Sex:                    Male
Marital Status:         Married
State of Origin:        Ogun State
L.G.A.:                 Abeokuta South
Nationality:            Nigerian

CAREER OBJECTIVE
To build a rewarding career in sales and distribution with a leading FMCG
organisation, deploying my skills in route-to-market execution, distributor
management and team leadership to drive volume and numeric distribution.

EDUCATIONAL QUALIFICATIONS WITH DATES
Olabisi Onabanjo University, Ago-Iwoye        2006 – 2011    B.Sc. Marketing (Second Class Upper)
Abeokuta Grammar School, Abeokuta             2000 – 2006    WASSCE

PROFESSIONAL CERTIFICATIONS
- Associate, National Institute of Marketing of Nigeria (NIMN) – 2017
- Advanced Sales Management, Lagos Business School (short course) – 2021

WORK EXPERIENCE

1.  Grandvale Foods & Beverages Plc                 January 2019 till date
    Position: Territory Sales Manager (Lagos Mainland)
    Job Description / Achievements:
    - Manage 6 key distributors and 14 sales reps covering Ikeja, Yaba, Surulere
      and Mushin; annual target ₦2.4bn.
    - Grew territory volume by 31% in 2022 and achieved 104% of 2023 target.
    - Opened 1,200 new outlets through open-market activation and van sales.
    - Reduced distributor stock-outs by introducing weekly SIOP review.

2.  Grandvale Foods & Beverages Plc                 March 2016 – December 2018
    Position: Area Sales Representative
    - Sold noodles, seasoning and beverages to wholesalers in Oshodi/Isolo.
    - Best Area Sales Rep, Lagos Region, 2017.

3.  Zenlite Consumer Products Nigeria Ltd           Feb. 2014 – Feb. 2016
    Position: Sales Representative
    - Retail and key account coverage for detergents and personal care.
    - Merchandising, price monitoring and trade-spend reconciliation.

4.  Plateau Beverages Ltd, Jos                      Nov. 2012 – Oct. 2013
    Position: Corps Member (NYSC) – Sales Support
    - Primary place of assignment during National Youth Service.
    - Daily sales reports and customer visits with the Key Account Manager.

SKILLS AND COMPETENCIES
- Route-to-market planning
- Distributor management
- Trade marketing & merchandising
- Sales forecasting
- Microsoft Excel & PowerPoint
- SAP (SD module, basic)
- Negotiation
- Team leadership

HOBBIES
Reading, football, travelling.

REFEREES
1. Mr. Tunde Alabi
   Regional Sales Manager, Grandvale Foods & Beverages Plc, Lagos.
   Tel: 0802 555 0111
2. Mrs. Ngozi Eze
   Head of Department, Marketing, Olabisi Onabanjo University, Ago-Iwoye.
   Tel: 0805 555 0248
"""
R.append(("w6_06_fmcg_sales_manager_txt", t06, truth(
    "Oluwaseun Adebayo Bakare", "seun.bakare@example.com", "0803 555 0176",
    [job("Grandvale Foods & Beverages Plc", "Territory Sales Manager (Lagos Mainland)", "January 2019"),
     job("Grandvale Foods & Beverages Plc", "Area Sales Representative", "March 2016", "December 2018"),
     job("Zenlite Consumer Products Nigeria Ltd", "Sales Representative", "Feb. 2014", "Feb. 2016"),
     job("Plateau Beverages Ltd", "Corps Member (NYSC) – Sales Support", "Nov. 2012", "Oct. 2013")],
    ["Route-to-market planning", "Distributor management",
     "Trade marketing & merchandising", "Sales forecasting",
     "Microsoft Excel & PowerPoint", "SAP (SD module, basic)", "Negotiation",
     "Team leadership"])))

# ---------------------------------------------------------------- 07
t07 = """
Hamish Robert McKenzie
RD 2, Morrinsville 3372  ·  021 555 0148  ·  hamish.mckenzie@example.co.nz

About me
--------
Hands-on dairy farm manager, currently running 620 cows on 210 ha effective
for a family trust. Good with people, good with numbers, and I like a tidy
farm. Looking at a lower-order or 50:50 sharemilking position from June 2025.

Work history
------------
Farm Manager — Hartley Family Trust, Tahuna
June 2020 – current
  - 620 Friesian/cross cows, 50-bail rotary, 470 kg MS/cow (2023/24)
  - Manage 3 full-time staff + relief milkers; rosters, training, H&S
  - Pasture walks weekly, feed budgets in Pasture.io, nitrogen records
  - Cut empty rate from 14% to 9% over three matings
  - Fonterra Grade-free for 4 seasons running

Assistant Farm Manager — Kowhai Downs Dairy Ltd, Matamata
June 2017 – May 2020
  - 900 cows, 60-bail rotary with Protrack; ran the farm on the manager's days off
  - Calving 2 × 450-cow mobs, calf rearing of 220 replacements

Herd Manager — Kowhai Downs Dairy Ltd, Matamata
June 2015 – May 2017

Farm Assistant — R & J Te Awa Partnership, Otorohanga
2014/15 season
  - First dairy job: milking, fencing, tractor work, effluent

Apprentice Builder — Waikato Homes Ltd, Hamilton
Feb 2011 – Mar 2014
  - Did 3 years of my carpentry apprenticeship before switching to farming

Skills & tickets
----------------
  - Class 2 & Wheels/Tracks/Rollers endorsements
  - Growsafe Standard certificate
  - AI technician (LIC trained, 2016)
  - Calf rearing & animal health
  - Pasture management & feed budgeting
  - Effluent system management
  - Staff management & rostering
  - Chainsaw & quad/side-by-side safety

Qualifications
--------------
  - NZ Diploma in Agribusiness Management (Level 5), Primary ITO — 2019
  - NZ Certificate in Dairy Farming (Level 4) — 2016
  - Runner-up, Waikato Dairy Manager of the Year — 2022

Referees
--------
Available on request – current employer happy to be contacted.
"""
R.append(("w6_07_dairy_farm_manager_txt", t07, truth(
    "Hamish Robert McKenzie", "hamish.mckenzie@example.co.nz", "021 555 0148",
    [job("Hartley Family Trust", "Farm Manager", "June 2020"),
     job("Kowhai Downs Dairy Ltd", "Assistant Farm Manager", "June 2017", "May 2020"),
     job("Kowhai Downs Dairy Ltd", "Herd Manager", "June 2015", "May 2017"),
     job("R & J Te Awa Partnership", "Farm Assistant", "2014/15"),
     job("Waikato Homes Ltd", "Apprentice Builder", "Feb 2011", "Mar 2014")],
    ["Class 2 & Wheels/Tracks/Rollers endorsements", "Growsafe Standard certificate",
     "AI technician (LIC trained, 2016)", "Calf rearing & animal health",
     "Pasture management & feed budgeting", "Effluent system management",
     "Staff management & rostering", "Chainsaw & quad/side-by-side safety"])))

# ---------------------------------------------------------------- 08
t08 = """
CURRICULUM VITAE

Personal Details
  Name:             Tobias Brandstätter
  Address:          Hafenstraße 21, 25813 Husum, Germany
  Phone:            +49 171 555 2380
  E-mail:           t.brandstaetter@example.de
  Date of birth:    14.06.1988 in Flensburg
  Nationality:      German
  Driving licence:  B, BE

Professional Experience

  since 04/2019         Nordwind Service GmbH, Husum
                        04/2021 – today:  Lead Service Technician Offshore
                        04/2019 – 03/2021:  Service Technician Offshore
                        - Scheduled and unscheduled service on SWT-7.0-154
                          turbines, North Sea wind farms (14/14 rotation)
                        - Team lead for 3-person teams, daily job briefings
                        - Fault finding converter / pitch / yaw systems
                        - Work permits, LOTO and HV switching (20 kV)

  09/2014 – 03/2019     Windkraft Montage Schmidt GmbH & Co. KG, Bremerhaven
                        Service Technician (Onshore)
                        - Travelling team Northern Germany, Vestas V90 / V112
                        - Bolt torque & tension, oil changes, blade inspections
                        - Commissioning of 40+ turbines

  08/2011 – 08/2014     Fördewerke Energie GmbH, Flensburg
                        Maintenance Electrician (Betriebselektriker)
                        - Maintenance of substations and district heating plant

  08/2008 – 07/2011     Fördewerke Energie GmbH, Flensburg
                        Apprentice Electronics Technician for Industrial Engineering
                        - IHK final examination: grade 1.9

  07/2007 – 03/2008     Bundeswehr (German Armed Forces), Seeth
                        Soldier – basic military service (Grundwehrdienst)

Education

  2007                  Fachhochschulreife (vocational baccalaureate),
                        Berufsbildende Schulen Flensburg

Skills

  - Siemens Gamesa SWT-3.6 / SWT-7.0 platforms
  - Vestas V90 / V112
  - Electrical fault finding up to 690 V
  - Medium-voltage switching (20 kV)
  - Hydraulics and HYTORC bolting tools
  - SAP PM work orders
  - Technical reports in German and English

Certificates

  - GWO Basic Safety Training (valid until 11/2025), GWO BTT
  - IRATA Rope Access Level 2
  - Offshore medical (G 41 / OGUK)
  - Elektrofachkraft (qualified electrician), DGUV V3

Languages

  German (native), English (fluent, C1), Danish (basic)

Interests

  Sailing, volunteer fire brigade Husum (Freiwillige Feuerwehr)


Husum, 12.03.2025
Tobias Brandstätter
"""
R.append(("w6_08_wind_turbine_technician_txt", t08, truth(
    "Tobias Brandstätter", "t.brandstaetter@example.de", "+49 171 555 2380",
    [job("Nordwind Service GmbH", "Lead Service Technician Offshore", "04/2021"),
     job("Nordwind Service GmbH", "Service Technician Offshore", "04/2019", "03/2021"),
     job("Windkraft Montage Schmidt GmbH & Co. KG", "Service Technician (Onshore)", "09/2014", "03/2019"),
     job("Fördewerke Energie GmbH", "Maintenance Electrician (Betriebselektriker)", "08/2011", "08/2014"),
     job("Fördewerke Energie GmbH", "Apprentice Electronics Technician for Industrial Engineering", "08/2008", "07/2011"),
     job("Bundeswehr (German Armed Forces)", "Soldier – basic military service (Grundwehrdienst)", "07/2007", "03/2008")],
    ["Siemens Gamesa SWT-3.6 / SWT-7.0 platforms", "Vestas V90 / V112",
     "Electrical fault finding up to 690 V", "Medium-voltage switching (20 kV)",
     "Hydraulics and HYTORC bolting tools", "SAP PM work orders",
     "Technical reports in German and English"])))

# ---------------------------------------------------------------- 09
t09 = """
LIAM DESROSIERS
Calgary, AB  |  (403) 555-0162  |  liam.desrosiers@example.ca

=======================================================================
PROFILE
=======================================================================
Career firefighter with 7 years in a busy urban department, Primary Care
Paramedic (PCP) licence, and 5 years of Army Reserve service. Bilingual
(English/French). Seeking a lateral transfer to a composite department.

=======================================================================
EXPERIENCE
=======================================================================
Firefighter 1st Class                                   Jan. 2021 - Present
Prairie Crest Fire & Rescue Services, Calgary, AB
  * Engine and rescue company; ~1,900 calls/year, 45% medical.
  * Pump operator (Pierce Enforcer), auto extrication lead on shift.
  * Member of the technical rescue team (rope, confined space).
  * Deliver public fire education to schools and seniors' residences.

Probationary Firefighter                                Jan. 2018 - Dec. 2020
Prairie Crest Fire & Rescue Services, Calgary, AB
  * Completed 12-week recruit academy and 36-month probation.

Emergency Medical Responder (casual)                    Mar. 2016 - Dec. 2017
Summit Industrial Safety Ltd., Fort McMurray, AB
  * On-site medic for oil sands turnaround projects, 14/7 rotation.

Infantry Soldier, Primary Reserve (Cpl)                 Sept. 2012 - Aug. 2017
Canadian Armed Forces, Calgary, AB
  * Part-time reservist; section 2IC on domestic operations
    (2013 Alberta floods).

Wildland Firefighter - Initial Attack                   Summer 2014
Northern Rockies Wildfire Crew Ltd., Hinton, AB

=======================================================================
CERTIFICATIONS
=======================================================================
  NFPA 1001 Firefighter Level I & II  |  NFPA 1002 Pump Operator
  NFPA 1006 Rope Rescue Technician   |  Primary Care Paramedic (ACP reg.)
  Class 3 driver's licence with Q endorsement (air brakes)

=======================================================================
SKILLS
=======================================================================
  * Auto extrication (hydraulic rescue tools)
  * Pump operations
  * High-angle rope rescue
  * Ice/water rescue
  * Public fire education
  * Bilingual (English/French)

=======================================================================
EDUCATION
=======================================================================
  Primary Care Paramedic Diploma - SAIT, Calgary, 2017
  Pre-Fire Service Program - Lakeland College, Vermilion, 2015

=======================================================================
VOLUNTEER
=======================================================================
  Assistant Coach, Calgary Minor Hockey Association (U13), 2019 - now
  Volunteer Firefighter, Rocky View County Station 7, 2015 - 2017
"""
R.append(("w6_09_firefighter_txt", t09, truth(
    "Liam Desrosiers", "liam.desrosiers@example.ca", "(403) 555-0162",
    [job("Prairie Crest Fire & Rescue Services", "Firefighter 1st Class", "Jan. 2021"),
     job("Prairie Crest Fire & Rescue Services", "Probationary Firefighter", "Jan. 2018", "Dec. 2020"),
     job("Summit Industrial Safety Ltd.", "Emergency Medical Responder (casual)", "Mar. 2016", "Dec. 2017"),
     job("Canadian Armed Forces", "Infantry Soldier, Primary Reserve (Cpl)", "Sept. 2012", "Aug. 2017"),
     job("Northern Rockies Wildfire Crew Ltd.", "Wildland Firefighter - Initial Attack", "Summer 2014")],
    ["Auto extrication (hydraulic rescue tools)", "Pump operations",
     "High-angle rope rescue", "Ice/water rescue", "Public fire education",
     "Bilingual (English/French)"])))

# ---------------------------------------------------------------- 10
t10 = """
Marcus Lim Jun Hao
+65 9555 0137 | marcus.lim.jh@example.com | linkedin.com/in/marcuslimjh-example
Singapore Citizen | Notice period: 2 months

PROFILE
AML/CFT compliance professional with 9+ years across KYC operations,
transaction monitoring and advisory in private and commercial banking.
CAMS certified. Strong working knowledge of MAS Notice 626 and FATF
Recommendations; experienced with MAS inspections and internal audit.

EXPERIENCE

Straits Meridian Bank Ltd                                              Singapore
Assistant Vice President, AML/CFT Compliance Advisory      Mar 2021 - Present
- Advise Wealth and Commercial Banking on high-risk client onboarding
  (PEPs, complex structures, high-risk jurisdictions); ~60 cases/month.
- Co-led the bank's 2023 enterprise-wide ML/TF risk assessment.
- Drafted the procedure for MAS Notice 626 amendments (2022); trained 300+
  front-office staff.
- Point of contact for MAS inspection queries on correspondent banking.

Senior Associate, Transaction Monitoring                    Jul 2018 - Feb 2021
- Investigated Actimize SAM alerts and filed STRs to STRO via SONAR.
- Tuned 12 scenarios with the analytics team, cutting false positives by 23%.

Lion City Private Bank Ltd                                             Singapore
KYC Remediation Analyst (Contract)                          Sep 2017 - Jun 2018
- 10-month contract engaged through a staffing agency; periodic review of
  450 high-risk client files, source-of-wealth corroboration.

Harbourfront Global Services Pte. Ltd.                                 Singapore
KYC Analyst                                                 Jan 2015 - Aug 2017
- CDD/EDD for corporate clients; screening on World-Check One.

Singapore Armed Forces
Platoon Commander (National Service)                        Dec 2008 - Nov 2010

EDUCATION
Bachelor of Business Management (Finance), Singapore Management University, 2014
GCE 'A' Levels, Temasek Junior College, 2008

CERTIFICATIONS
Certified Anti-Money Laundering Specialist (CAMS), 2017
ICA Advanced Certificate in Financial Crime Compliance, 2020

SKILLS
Actimize SAM, World-Check One, Dow Jones Risk & Compliance, LexisNexis Bridger,
SQL (basic), Excel (pivot tables/Power Query), MAS Notice 626, FATF Recommendations

LANGUAGES
English, Mandarin (fluent), Malay (conversational)
"""
R.append(("w6_10_aml_compliance_officer_txt", t10, truth(
    "Marcus Lim Jun Hao", "marcus.lim.jh@example.com", "+65 9555 0137",
    [job("Straits Meridian Bank Ltd", "Assistant Vice President, AML/CFT Compliance Advisory", "Mar 2021"),
     job("Straits Meridian Bank Ltd", "Senior Associate, Transaction Monitoring", "Jul 2018", "Feb 2021"),
     job("Lion City Private Bank Ltd", "KYC Remediation Analyst (Contract)", "Sep 2017", "Jun 2018"),
     job("Harbourfront Global Services Pte. Ltd.", "KYC Analyst", "Jan 2015", "Aug 2017"),
     job("Singapore Armed Forces", "Platoon Commander (National Service)", "Dec 2008", "Nov 2010")],
    ["Actimize SAM", "World-Check One", "Dow Jones Risk & Compliance",
     "LexisNexis Bridger", "SQL (basic)", "Excel (pivot tables/Power Query)",
     "MAS Notice 626", "FATF Recommendations"])))

if __name__ == "__main__":
    for base, text, tr in R:
        write_text(base, "txt", text)
        write_truth(base, tr)
    print("txt:", len(R))
