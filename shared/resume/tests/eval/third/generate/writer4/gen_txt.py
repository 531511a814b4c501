# -*- coding: utf-8 -*-
"""Plain-text resumes 01-10."""
from common import job, write_truth, write_text

# ---------------------------------------------------------------- 01 welder (US)
R01 = """
TRAVIS J. McCALLUM
Combination Pipe & Structural Welder
Odessa, TX 79762  •  (432) 555-0187  •  tmccallum.welds@example.com

========================================================================
PROFILE
========================================================================
Combination welder with 12+ years across oilfield fabrication, refinery
turnarounds and structural steel. 6G certified on carbon and stainless.
Zero recordable incidents since 2014. Willing to travel and work
rotations; own truck and rig.

========================================================================
CERTIFICATIONS
========================================================================
* AWS D1.1 Structural - 3G/4G Unlimited Thickness (current)
* ASME Section IX - 6G Pipe, SMAW/GTAW, carbon & stainless
* OSHA 30-Hour Construction
* TWIC Card  |  H2S Clear  |  First Aid/CPR

========================================================================
EXPERIENCE
========================================================================
PERMIAN BASIN FABRICATION LLC, Odessa, TX

  Lead Pipe Welder                                   03/2019 – Present
  * Lead a crew of 6 welders and fitters on skid packages, compressor
    station piping and pressure vessels (2" to 24" pipe).
  * Hold a 98.7% X-ray pass rate; coach new hires through 6G tests.
  * Read isometrics and P&IDs; coordinate hold points with QC and CWI.

  Combination Welder                                 06/2016 – 03/2019
  * Welded A106 carbon and 304/316 stainless per WPS, shop and field.
  * Built structural pipe racks and platforms to AWS D1.1.

Gulf Coast Turnaround Services (contract through Brazos Industrial Staffing)

  Turnaround Welder - Baytown, TX                    04/2015 – 11/2015
  * 12-hour shifts, 7 days on, during two refinery shutdowns.
  * Tube repair on heat exchangers and fired heaters; GTAW root, SMAW cap.

LONE STAR IRONWORKS - Midland, TX

  Welder / Fitter Helper                             08/2012 – 04/2015
  * Prepped bevels, tacked and ground; moved up to structural welding on
    commercial steel erection in 2013.

U.S. ARMY - Fort Hood, TX

  Allied Trades Specialist (91E)                     2008 – 2012
  * Fabricated and repaired vehicle and equipment parts in the field and
    in the motor pool machine shop. Deployed to Iraq 2009-2010.
  * Honorable discharge as Specialist (E-4).

========================================================================
SKILLS
========================================================================
SMAW (Stick), GTAW (TIG), FCAW, GMAW (MIG), Blueprint & isometric reading,
Pipe fitting, Oxy-fuel & plasma cutting, Rigging & signaling,
Forklift / telehandler

========================================================================
EDUCATION
========================================================================
Odessa College - Welding Technology Certificate, 2012
Permian High School - Diploma, 2008
"""

# ---------------------------------------------------------------- 02 paramedic (AU)
R02 = """
Bronwyn Kate Ellery
Intensive Care Paramedic

Mob:       0491 570 156
Email:     b.ellery@example.com
Location:  Geelong, VIC 3220
AHPRA:     PAR0001234567 (general registration, no conditions)


CAREER OBJECTIVE
================

Experienced Intensive Care Paramedic with ten years on road across metro
and rural Victoria. Looking to move into a Clinical Support Officer role
where I can put my teaching and quality-improvement experience to use.


KEY SKILLS
==========

  • Advanced airway management incl. RSI
  • 12-lead ECG acquisition and interpretation
  • Major trauma and triage (MIMMS trained)
  • Mental health assessment and de-escalation
  • Paediatric and neonatal emergencies
  • Clinical teaching and mentoring of graduates
  • Emergency driving under lights


CAREER HISTORY
==============

Intensive Care Paramedic
Southern Coast Ambulance Service, Geelong VIC
Feb 2020 – Current

  • Respond to time-critical cases as single ICP or with a paramedic crew
    partner, covering Geelong, Surf Coast and Bellarine.
  • Perform RSI, surgical airway, inotrope infusions and pleural
    decompression under ICP Clinical Practice Guidelines.
  • Clinical Instructor for the graduate program: 14 graduates mentored
    through their internship year.
  • Member of the regional cardiac arrest review panel (2022 – 2024).

Paramedic
Southern Coast Ambulance Service, Ballarat VIC
Jan 2016 – Jan 2020

  • Emergency response in a rural branch with long transport times and
    limited back-up; frequent single-responder work.
  • Coordinated patient flow at two multi-casualty incidents on the
    Western Hwy.

Graduate Paramedic
Southern Coast Ambulance Service, Ballarat VIC
Feb 2015 – Jan 2016

Patient Transport Officer
MedTrans Australia Pty Ltd, Melbourne VIC
Mar 2012 – Dec 2014

  • Casual role while at university. Non-emergency transfers between
    hospitals, aged-care facilities and home.


EDUCATION & QUALIFICATIONS
==========================

Graduate Diploma of Intensive Care Paramedic Practice
  Monash University, 2019

Bachelor of Paramedic Practice
  Victoria Coastal University, 2014

Current: ALS2, Working With Children Check, Manual Handling,
         Victorian Driver Licence (full, unrestricted)


VOLUNTEERING
============

Volunteer Firefighter, CFA Torquay Brigade, 2010 – 2016


REFEREES
========

Available on request.
"""

# ---------------------------------------------------------------- 03 cabin crew (UAE)
R03 = """
                                CURRICULUM VITAE

JASMINE MAE VILLANUEVA
Senior Cabin Crew

Mobile    : +971 55 555 0142
E-mail    : jasmine.villanueva@example.com
Address   : Al Qusais 2, Dubai, U.A.E.

--------------------------------------------------------------------------------
PERSONAL DETAILS
--------------------------------------------------------------------------------
Nationality      : Filipino
Date of Birth    : 14 August 1991
Marital Status   : Single
Visa Status      : Employment Visa (transferable)
Height / Reach   : 165 cm / 212 cm
Languages        : English, Filipino (Tagalog), basic Arabic

--------------------------------------------------------------------------------
CAREER OBJECTIVE
--------------------------------------------------------------------------------
To obtain a Cabin Services Supervisor position with a premium carrier where I
can use my 7 years of international flying experience and guest-relations
background to deliver safe and memorable journeys.

--------------------------------------------------------------------------------
PROFESSIONAL EXPERIENCE
--------------------------------------------------------------------------------

1)  Employer        : Gulf Horizon Airways, Dubai
    Designation     : Senior Flight Attendant – Business Class
    Duration        : March 2021 to date
    Responsibilities:
      - Lead the business class cabin (up to 42 guests) on A350 and B787
        long-haul sectors; brief and supervise 3 crew per cabin.
      - Handle onboard service recovery, special-meal and VIP requests.
      - Conducted 30+ line checks as acting Purser (2023 onwards).

2)  Employer        : Gulf Horizon Airways, Dubai
    Designation     : Flight Attendant – Economy Class
    Duration        : Sept 2017 to March 2021
    Responsibilities:
      - Safety demonstrations, cabin checks and emergency equipment checks.
      - Meal and duty-free service on narrow- and wide-body aircraft.
      - Awarded "Crew of the Quarter" Q3 2019.

3)  Employer        : Manila Bayview Hotel & Residences, Pasay City, Philippines
    Designation     : Guest Relations Officer
    Duration        : June 2013 to July 2017
    Responsibilities:
      - Welcomed VIP and long-stay guests; handled complaints at the lobby.
      - Coordinated airport transfers and concierge requests.

4)  Employer        : Casa Pilar Beach Resort, Boracay, Philippines
    Designation     : Food & Beverage Attendant (On-the-Job Training)
    Duration        : Summer 2012

--------------------------------------------------------------------------------
KEY SKILLS
--------------------------------------------------------------------------------
  - Safety and emergency procedures (SEP)
  - First aid and AED
  - Premium cabin and wine service
  - Galley management
  - Conflict resolution
  - Cross-cultural communication

--------------------------------------------------------------------------------
EDUCATION & TRAINING
--------------------------------------------------------------------------------
Bachelor of Science in Hospitality Management, Lyceum of Manila, 2013
Initial Cabin Crew Training (7 weeks), Gulf Horizon Training Centre, 2017
Aviation Security Awareness / Dangerous Goods Cat. 10, recurrent 2024

--------------------------------------------------------------------------------
DECLARATION
--------------------------------------------------------------------------------
I hereby declare that the above information is true and correct to the best
of my knowledge.

                                                    JASMINE MAE VILLANUEVA
"""

# ---------------------------------------------------------------- 04 network admin (India)
R04 = """
                                   RESUME

ANIKET SURESH DESHMUKH
Flat 12, Shivneri Apartments, Kothrud, Pune - 411038
Mobile: +91-98765-43210          Email: aniket.deshmukh87@example.com

CAREER OBJECTIVE
----------------
To work in a challenging environment as a Network Administrator where I can
apply my skills in routing, switching and firewall management and grow with
the organisation.

PROFESSIONAL SUMMARY
--------------------
> 9+ years of experience in LAN/WAN, data centre networking and security.
> Currently handling 40+ branch SD-WAN network and 2 data centres.
> CCNP Enterprise and Fortinet NSE 4 certified.

EXPERIENCE SUMMARY
------------------
+-------------------------------+------------------------------+-----------------------+
| Organisation                  | Designation                  | Period                |
+-------------------------------+------------------------------+-----------------------+
| Sahyadri Infotech Pvt. Ltd.   | Sr. Network Administrator    | Jul'19 - Till date    |
| Sahyadri Infotech Pvt. Ltd.   | Network Administrator        | Apr'17 - Jun'19       |
| Vertex Data Systems           | Network Engineer - L1        | Jun'15 - Mar'17       |
| Vertex Data Systems           | Intern                       | Jan'15 - May'15       |
+-------------------------------+------------------------------+-----------------------+

ROLES & RESPONSIBILITIES
------------------------
Sahyadri Infotech Pvt. Ltd., Pune
 > Administering Cisco Catalyst 9300/9500 core and access switches, HSRP,
   OSPF and BGP with two ISPs.
 > Managing FortiGate 600E HA pair and 45 branch FortiGate 60F with SD-WAN.
 > Migrated 1,200 users from Cisco ASA VPN to FortiClient with SAML SSO.
 > Handling L2/L3 escalations, change management and RCA documentation.
 > Preparing monthly uptime reports (99.95% achieved in FY 2023-24).

Vertex Data Systems, Nashik
 > Monitoring network through PRTG, first-level troubleshooting of
   LAN, Wi-Fi and leased lines.
 > Configured VLANs, port security and Cisco WLC for client sites.
 > Maintained asset register and IP address management (IPAM) sheet.

TECHNICAL SKILLS
----------------
Routing & Switching  : OSPF, BGP, EIGRP, VLAN, STP, HSRP
Firewalls            : FortiGate, Palo Alto, Cisco ASA
Wireless             : Cisco WLC, Aruba Instant On
Monitoring           : PRTG, SolarWinds NPM
Servers              : Windows Server 2019, Active Directory, DHCP, DNS

CERTIFICATIONS
--------------
 * CCNP Enterprise (2021)
 * Fortinet NSE 4 - Network Security Professional (2022)
 * CCNA Routing & Switching (2015)

EDUCATIONAL QUALIFICATION
-------------------------
 * B.E. (Electronics & Telecommunication), Savitribai Phule Pune University,
   2014 - First Class (68.40%)
 * H.S.C., Maharashtra State Board, 2010 - 74.17%
 * S.S.C., Maharashtra State Board, 2008 - 81.23%

PERSONAL DETAILS
----------------
Father's Name     : Suresh Ramchandra Deshmukh
Date of Birth     : 09-Nov-1992
Languages Known   : English, Hindi, Marathi
Marital Status    : Married

DECLARATION
-----------
I hereby declare that the information furnished above is true to the best
of my knowledge.

Place: Pune
Date :                                               (Aniket S. Deshmukh)
"""

# ---------------------------------------------------------------- 05 medical rep (Nigeria)
R05 = """
CURRICULUM VITAE

CHIAMAKA BLESSING OKAFOR
12B Adeniyi Jones Avenue, Ikeja, Lagos State.
Tel: 0803 555 0192   |   E-mail: chiamaka.okafor@example.com

PERSONAL DATA
   Sex:               Female
   Date of Birth:     3rd March, 1990
   State of Origin:   Anambra
   L.G.A.:            Nnewi North
   Marital Status:    Married
   Nationality:       Nigerian

CAREER OBJECTIVE
   To leverage my scientific background and 8 years of pharmaceutical sales
   experience to drive market share growth as a Key Account Manager.

EDUCATIONAL QUALIFICATIONS WITH DATES
   Nnamdi Azikiwe University, Awka           2009 – 2013
      B.Sc. Microbiology (Second Class Upper Division)
   Queen of the Rosary College, Onitsha      2003 – 2009
      West African Senior School Certificate (WASSCE)

WORK EXPERIENCE

   Greenfield Pharmaceuticals Limited, Ikeja, Lagos
   Position: Senior Medical Representative
   April 2021 – Date
   ➢ Manage the Lagos Mainland territory: 3 teaching hospitals, 26 private
     hospitals and 60+ retail pharmacies.
   ➢ Grew cardiovascular and antidiabetic portfolio sales by 34% in 2023,
     ranked No. 1 of 18 reps nationwide.
   ➢ Organise CMEs and clinical meetings with consultants and residents.
   ➢ Secured formulary listing of two brands at LASUTH and a federal
     medical centre.

   Greenfield Pharmaceuticals Limited, Ikeja, Lagos
   Position: Medical Representative
   June 2018 – March 2021
   ➢ Detailing of antibiotics and analgesics to GPs and pharmacists.
   ➢ Achieved 112% of annual target in 2019 and 2020.

   Medbridge Diagnostics Nigeria Limited, Victoria Island, Lagos
   Position: Sales Executive
   Feb. 2016 – May 2018
   ➢ Sold laboratory reagents and rapid test kits to hospital laboratories.
   ➢ Opened 41 new accounts across Lagos and Ogun States.

   Federal Medical Centre, Owerri (National Youth Service Corps)
   Position: Laboratory Assistant
   Nov. 2014 – Oct. 2015
   ➢ Sample reception, media preparation and culture plating in the
     microbiology unit.

SKILLS & COMPETENCES
   ➢ Product detailing
   ➢ Key account management
   ➢ Hospital formulary listing
   ➢ Territory planning and route mapping
   ➢ Microsoft Office (Word, Excel, PowerPoint)
   ➢ Negotiation and closing

PROFESSIONAL TRAINING
   ➢ Certified Sales Professional – Nigerian Institute of Marketing (2019)
   ➢ Selling Skills Workshop, Greenfield Sales Academy (2018)

HOBBIES
   Reading, travelling, cooking.

REFEREES
   1. Pharm. Tunde Bakare
      National Sales Manager, Greenfield Pharmaceuticals Limited
      0805 555 0117

   2. Dr. (Mrs.) Ngozi Eze
      Head, Microbiology Unit, Federal Medical Centre, Owerri
      0806 555 0164
"""

# ---------------------------------------------------------------- 06 carpenter (Germany)
R06 = """
CURRICULUM VITAE
Jonas Weber
_______________________________________________________________________________

PERSONAL DETAILS

Address            Lindenstraße 14, 79098 Freiburg im Breisgau, Germany
Phone              +49 (0)171 5550382
Email              jonas.weber@example.com
Date of birth      12.05.1990 in Offenburg
Nationality        German
Driving licence    Class B, BE, C1
_______________________________________________________________________________

WORK EXPERIENCE

since 04/2019      Master Carpenter and Workshop Manager
                   Schreinerei Albrecht GmbH, Freiburg
                   - Run the bench and CNC workshop (7 staff, 2 apprentices)
                   - Job costing, material ordering and site scheduling
                   - Responsible for training apprentices (AEVO certified)
                   - Main projects: shop fitting, kitchens, solid oak stairs

08/2014 – 03/2019  Journeyman Carpenter
                   Holzbau Kessler GmbH & Co. KG, Emmendingen
                   - Interior fit-out for hotels and medical practices
                   - Programming and operating HOMAG 5-axis CNC router
                   - Installation on site, incl. fire-rated doors (T30)

06/2013 – 07/2014  Journeyman Carpenter
                   Tischlerei Huber, Innsbruck (Austria)
                   - Traditional joinery and restoration of alpine farmhouse
                     furniture, windows and panelling

09/2010 – 05/2013  Apprentice Carpenter (Tischler)
                   Schreinerei Albrecht GmbH, Freiburg
                   - Journeyman's piece: walnut writing desk, award of the
                     Freiburg guild "Die gute Form" (2nd place)
_______________________________________________________________________________

EDUCATION

09/2017 – 03/2019  Master craftsman school (part-time), Meisterschule für
                   Schreiner, Freiburg – Master craftsman certificate
                   (Meisterbrief), incl. trainer aptitude (AEVO)
2010               Fachhochschulreife, Gewerbeschule Offenburg
_______________________________________________________________________________

SKILLS

Solid wood and veneer work
CNC programming (HOMAG woodWOP)
CAD / CAM (imos iX)
Stair construction
Interior fit-out and shop fitting
Surface finishing (oil, lacquer, stain)
Restoration of antique furniture
_______________________________________________________________________________

LANGUAGES

German      native
English     good (B2)
French      basic (A2)
_______________________________________________________________________________

Freiburg, 14.03.2025

Jonas Weber
"""

# ---------------------------------------------------------------- 07 librarian (Canada)
R07 = """
Siobhan Marchand-Lee, MLIS
Ottawa, ON K1Y 2B5
(613) 555-0134
siobhan.marchandlee@example.com

Summary:
Bilingual (English/French) public librarian with eight years in children's,
youth and branch services. Comfortable with budgets, staff scheduling,
community partnerships and a lot of story time.

Professional Experience:

  Rideau Valley Public Library — Branch Head
  Jan. 2021 – present
    - Lead a branch of 11 staff serving 38,000 visits a year.
    - Launched a newcomer conversation circle with a local settlement
      agency; now runs weekly in English and French.
    - Manage a $420K operating budget and the branch collection plan.
    (Parental leave Apr. 2022 – Mar. 2023)

  Rideau Valley Public Library — Children's and Youth Services Librarian
  Sept. 2016 – Dec. 2020
    - Planned and delivered 300+ early literacy programs a year.
    - Built the teen advisory group and a summer reading club that grew
      from 900 to 2,600 registrations.
    - Selected juvenile and YA materials in both official languages.

  Carleton Heights Collegiate — Library Technician
  2014–2016
    - Term contract covering a maternity leave; circulation, cataloguing
      in Destiny and information literacy sessions for grades 9-12.

  University of Ottawa Library — Reference Assistant
  Summer 2013
    - Student position at the research help desk.

Education:

  Master of Library and Information Science (MLIS), Western University, 2016
  Library and Information Technician Diploma, Algonquin College, 2012
  B.A. French Studies, University of Ottawa, 2011

Skills:
  Integrated library systems (Evergreen, Sierra), Collection development,
  Early literacy programming, Readers' advisory, Budget management,
  Staff scheduling, French (bilingual)

Volunteer:
  Literacy tutor, Ottawa Community Reading Program, 2015 – present
  Board member, Ontario Library Association – Children's section, 2019 – 2021

References available upon request.
"""

# ---------------------------------------------------------------- 08 truck driver (US)
R08 = """
Curtis Lee Hammond
Ankeny, IA 50023
Cell: (515) 555-0163
Email: curtis.hammond@example.com

CDL Class A Driver - 12 years, 1.3 million accident-free miles

QUALIFICATIONS & SKILLS
- CDL Class A with Hazmat (H), Tanker (N), Doubles/Triples (T)
- Clean MVR, no DOT violations
- Dry van, reefer and flatbed experience
- Load securement (chains, straps, tarping)
- ELD systems (Omnitracs, Motive)
- Pre-trip and post-trip inspections
- TWIC card

EMPLOYMENT HISTORY

Heartland Freight Lines | Des Moines, IA
Regional CDL-A Driver | May 2020 to present
- Regional reefer runs across IA, MN, NE, MO and IL; home weekends.
- Average 2,300 miles per week with 99% on-time delivery.
- Safe Driver of the Year 2022 and 2023.

(Jun 2019 - Apr 2020: time off to care for a family member)

DJR Trucking LLC | Ankeny, IA
Owner-Operator | Mar 2015 to May 2019
- Ran my own truck leased on to Prairie Express, flatbed OTR in 48 states.
- Handled my own fuel tax (IFTA), maintenance scheduling and load boards.

Midwest Beverage Distributors | Des Moines, IA
Local Delivery Driver (Class B) | Aug 2012 to Feb 2015
- 18-22 stops a day, hand-truck unloading, route paperwork and cash.

Big River Foods | Altoona, IA
Warehouse Associate | Jun 2010 to Jul 2012
- Picking, loading and forklift operation. Got my CDL through the
  company tuition program in 2012.

EDUCATION
Des Moines Area Community College - CDL Training Program, 2012
Southeast Polk High School - Diploma, 2010

References on request.
"""

# ---------------------------------------------------------------- 09 plumber (Ireland)
R09 = """
KIERAN DOYLE
Plumbing & Heating Engineer  –  RGII Registered Gas Installer

Naas, Co. Kildare, W91 X2Y3
Mobile: 087 555 0192
Email: kieran.doyle.plumbing@example.com
Full clean driving licence | Safe Pass | Manual Handling

--------------------------------------------------------------------------

PROFILE

Qualified plumber (QQI Level 6 Advanced Certificate, Craft) with over 15
years in domestic and commercial plumbing and heating, including four years
running my own business. Heat pump and underfloor heating specialist.

--------------------------------------------------------------------------

EMPLOYMENT HISTORY

Mar. 2019 – present : Plumbing & Heating Engineer
                      Byrne Mechanical Services Ltd, Dublin 12
  + Install and commission air-to-water heat pumps and UFH on new
    build A-rated housing schemes (120+ units to date).
  + Commercial first and second fix: schools, nursing homes, offices.
  + Sign off gas installations (RGII) and pressure testing.
  + Supervise two apprentices on site.

Jan. 2015 – Feb. 2019 : Self-employed Plumber
                        K. Doyle Plumbing & Heating, Co. Kildare
  + Ran my own business as a sole trader: quoting, invoicing, VAT and
    materials buying.
  + Bathroom refits, boiler swaps, SEAI grant-funded heating upgrades.

Oct. 2013 – Nov. 2014 : Plumber's Mate
                        Southern Cross Plumbing Pty Ltd, Perth, WA
  + Working holiday in Australia; commercial fit-out and hot water
    systems on high-rise apartment blocks.

Sept. 2009 – Aug. 2013 : Apprentice Plumber
                         Liffey Heating Contractors, Dublin
  + Four-year SOLAS apprenticeship (7 phases), domestic and
    commercial work.

--------------------------------------------------------------------------

KEY SKILLS

  + Heat pump installation and commissioning
  + Underfloor heating design and install
  + Gas installation (RGII)
  + Unvented cylinders
  + Pressure testing and fault finding
  + Reading drawings and M&E specs

--------------------------------------------------------------------------

QUALIFICATIONS

QQI Level 6 Advanced Certificate – Craft Plumbing, 2013
RGII Domestic Gas Installer registration, 2016
Heat Pump Systems Installer (QQI Level 6 component), 2020

--------------------------------------------------------------------------

INTERESTS

GAA (junior football with Naas GAA), fishing.

References available on request.
"""

# ---------------------------------------------------------------- 10 safari guide (Kenya)
R10 = """
JOSEPH LEKISHON SANKALE
Professional Safari Guide – KPSGA Silver Level

P.O. Box 1284-20500, Narok, Kenya
Tel: +254 722 555 014
Email: joseph.sankale@example.com

=== PROFILE ===

Maasai guide born and raised on the edge of the Maasai Mara, with more than
twelve years guiding walking, game-drive and photographic safaris for
international guests. Calm in the field, strong storyteller, safe driver.

=== EXPERIENCE ===

Mara Acacia Camps
   Senior Safari Guide, 2021 – now
   o  Lead guide at a 12-tent luxury camp; plan daily game drives and
      bush walks for families, honeymooners and photographers.
   o  Train and assess junior guides for KPSGA Bronze exams.
   o  TripAdvisor reviews mention me by name 300+ times.

   Safari Guide, 2019–21
   o  Game drives in the Mara Triangle and conservancies, migration
      river-crossing trips, night drives in the conservancy.

Savannah Trails Tours & Travel
   Driver-Guide, 2014 – 2018
   o  Drove and guided 7-14 day circuits: Amboseli, Tsavo, Nakuru,
      Samburu and the Mara. Land Cruiser maintenance on the road.

Amboseli Tented Lodge
   Camp Assistant, 2012 – 2013
   o  Housekeeping, guest escort at night, assisting guides on walks.

=== SKILLS ===

   o  Bird identification (450+ species)
   o  Wilderness First Responder
   o  4x4 off-road driving and vehicle recovery
   o  Tracking and walking safaris
   o  Wildlife photography coaching
   o  Guest relations

=== CERTIFICATION & EDUCATION ===

   KPSGA Silver Level Guide (2020), Bronze (2015)
   Wilderness First Responder, renewed 2024
   Diploma in Tourism Management, Kenya Utalii College, 2012
   KCSE, Narok High School, 2009

=== LANGUAGES ===

   Maa (native), Kiswahili (fluent), English (fluent), German (basic)

=== REFEREES ===

   Available on request.
"""


def main():
    write_text("w4_01_welder_txt", "txt", R01)
    write_truth("w4_01_welder_txt", "Travis J. McCallum", "tmccallum.welds@example.com", "(432) 555-0187", [
        job("PERMIAN BASIN FABRICATION LLC", "Lead Pipe Welder", "03/2019", None),
        job("PERMIAN BASIN FABRICATION LLC", "Combination Welder", "06/2016", "03/2019"),
        job("Gulf Coast Turnaround Services", "Turnaround Welder", "04/2015", "11/2015"),
        job("LONE STAR IRONWORKS", "Welder / Fitter Helper", "08/2012", "04/2015"),
        job("U.S. ARMY", "Allied Trades Specialist (91E)", "2008", "2012"),
    ], ["SMAW (Stick)", "GTAW (TIG)", "FCAW", "GMAW (MIG)", "Blueprint & isometric reading",
        "Pipe fitting", "Oxy-fuel & plasma cutting", "Rigging & signaling", "Forklift / telehandler"])

    write_text("w4_02_paramedic_txt", "txt", R02)
    write_truth("w4_02_paramedic_txt", "Bronwyn Kate Ellery", "b.ellery@example.com", "0491 570 156", [
        job("Southern Coast Ambulance Service", "Intensive Care Paramedic", "Feb 2020", None),
        job("Southern Coast Ambulance Service", "Paramedic", "Jan 2016", "Jan 2020"),
        job("Southern Coast Ambulance Service", "Graduate Paramedic", "Feb 2015", "Jan 2016"),
        job("MedTrans Australia Pty Ltd", "Patient Transport Officer", "Mar 2012", "Dec 2014"),
    ], ["Advanced airway management incl. RSI", "12-lead ECG acquisition and interpretation",
        "Major trauma and triage (MIMMS trained)", "Mental health assessment and de-escalation",
        "Paediatric and neonatal emergencies", "Clinical teaching and mentoring of graduates",
        "Emergency driving under lights"])

    write_text("w4_03_cabincrew_txt", "txt", R03)
    write_truth("w4_03_cabincrew_txt", "Jasmine Mae Villanueva", "jasmine.villanueva@example.com", "+971 55 555 0142", [
        job("Gulf Horizon Airways", "Senior Flight Attendant – Business Class", "March 2021", None),
        job("Gulf Horizon Airways", "Flight Attendant – Economy Class", "Sept 2017", "March 2021"),
        job("Manila Bayview Hotel & Residences", "Guest Relations Officer", "June 2013", "July 2017"),
        job("Casa Pilar Beach Resort", "Food & Beverage Attendant (On-the-Job Training)", "Summer 2012", None),
    ], ["Safety and emergency procedures (SEP)", "First aid and AED", "Premium cabin and wine service",
        "Galley management", "Conflict resolution", "Cross-cultural communication"])

    write_text("w4_04_networkadmin_txt", "txt", R04)
    write_truth("w4_04_networkadmin_txt", "Aniket Suresh Deshmukh", "aniket.deshmukh87@example.com", "+91-98765-43210", [
        job("Sahyadri Infotech Pvt. Ltd.", "Sr. Network Administrator", "Jul'19", None),
        job("Sahyadri Infotech Pvt. Ltd.", "Network Administrator", "Apr'17", "Jun'19"),
        job("Vertex Data Systems", "Network Engineer - L1", "Jun'15", "Mar'17"),
        job("Vertex Data Systems", "Intern", "Jan'15", "May'15"),
    ], ["OSPF", "BGP", "EIGRP", "VLAN", "STP", "HSRP", "FortiGate", "Palo Alto", "Cisco ASA",
        "Cisco WLC", "Aruba Instant On", "PRTG", "SolarWinds NPM", "Windows Server 2019",
        "Active Directory", "DHCP", "DNS"])

    write_text("w4_05_medicalrep_txt", "txt", R05)
    write_truth("w4_05_medicalrep_txt", "Chiamaka Blessing Okafor", "chiamaka.okafor@example.com", "0803 555 0192", [
        job("Greenfield Pharmaceuticals Limited", "Senior Medical Representative", "April 2021", None),
        job("Greenfield Pharmaceuticals Limited", "Medical Representative", "June 2018", "March 2021"),
        job("Medbridge Diagnostics Nigeria Limited", "Sales Executive", "Feb. 2016", "May 2018"),
        job("Federal Medical Centre", "Laboratory Assistant", "Nov. 2014", "Oct. 2015"),
    ], ["Product detailing", "Key account management", "Hospital formulary listing",
        "Territory planning and route mapping", "Microsoft Office (Word, Excel, PowerPoint)",
        "Negotiation and closing"])

    write_text("w4_06_carpenter_txt", "txt", R06)
    write_truth("w4_06_carpenter_txt", "Jonas Weber", "jonas.weber@example.com", "+49 (0)171 5550382", [
        job("Schreinerei Albrecht GmbH", "Master Carpenter and Workshop Manager", "04/2019", None),
        job("Holzbau Kessler GmbH & Co. KG", "Journeyman Carpenter", "08/2014", "03/2019"),
        job("Tischlerei Huber", "Journeyman Carpenter", "06/2013", "07/2014"),
        job("Schreinerei Albrecht GmbH", "Apprentice Carpenter (Tischler)", "09/2010", "05/2013"),
    ], ["Solid wood and veneer work", "CNC programming (HOMAG woodWOP)", "CAD / CAM (imos iX)",
        "Stair construction", "Interior fit-out and shop fitting", "Surface finishing (oil, lacquer, stain)",
        "Restoration of antique furniture"])

    write_text("w4_07_librarian_txt", "txt", R07)
    write_truth("w4_07_librarian_txt", "Siobhan Marchand-Lee", "siobhan.marchandlee@example.com", "(613) 555-0134", [
        job("Rideau Valley Public Library", "Branch Head", "Jan. 2021", None),
        job("Rideau Valley Public Library", "Children's and Youth Services Librarian", "Sept. 2016", "Dec. 2020"),
        job("Carleton Heights Collegiate", "Library Technician", "2014", "2016"),
        job("University of Ottawa Library", "Reference Assistant", "Summer 2013", None),
    ], ["Integrated library systems (Evergreen, Sierra)", "Collection development",
        "Early literacy programming", "Readers' advisory", "Budget management",
        "Staff scheduling", "French (bilingual)"])

    write_text("w4_08_truckdriver_txt", "txt", R08)
    write_truth("w4_08_truckdriver_txt", "Curtis Lee Hammond", "curtis.hammond@example.com", "(515) 555-0163", [
        job("Heartland Freight Lines", "Regional CDL-A Driver", "May 2020", None),
        job("DJR Trucking LLC", "Owner-Operator", "Mar 2015", "May 2019"),
        job("Midwest Beverage Distributors", "Local Delivery Driver (Class B)", "Aug 2012", "Feb 2015"),
        job("Big River Foods", "Warehouse Associate", "Jun 2010", "Jul 2012"),
    ], ["CDL Class A with Hazmat (H), Tanker (N), Doubles/Triples (T)", "Clean MVR, no DOT violations",
        "Dry van, reefer and flatbed experience", "Load securement (chains, straps, tarping)",
        "ELD systems (Omnitracs, Motive)", "Pre-trip and post-trip inspections", "TWIC card"])

    write_text("w4_09_plumber_txt", "txt", R09)
    write_truth("w4_09_plumber_txt", "Kieran Doyle", "kieran.doyle.plumbing@example.com", "087 555 0192", [
        job("Byrne Mechanical Services Ltd", "Plumbing & Heating Engineer", "Mar. 2019", None),
        job("K. Doyle Plumbing & Heating", "Self-employed Plumber", "Jan. 2015", "Feb. 2019"),
        job("Southern Cross Plumbing Pty Ltd", "Plumber's Mate", "Oct. 2013", "Nov. 2014"),
        job("Liffey Heating Contractors", "Apprentice Plumber", "Sept. 2009", "Aug. 2013"),
    ], ["Heat pump installation and commissioning", "Underfloor heating design and install",
        "Gas installation (RGII)", "Unvented cylinders", "Pressure testing and fault finding",
        "Reading drawings and M&E specs"])

    write_text("w4_10_safariguide_txt", "txt", R10)
    write_truth("w4_10_safariguide_txt", "Joseph Lekishon Sankale", "joseph.sankale@example.com", "+254 722 555 014", [
        job("Mara Acacia Camps", "Senior Safari Guide", "2021", None),
        job("Mara Acacia Camps", "Safari Guide", "2019", "21"),
        job("Savannah Trails Tours & Travel", "Driver-Guide", "2014", "2018"),
        job("Amboseli Tented Lodge", "Camp Assistant", "2012", "2013"),
    ], ["Bird identification (450+ species)", "Wilderness First Responder",
        "4x4 off-road driving and vehicle recovery", "Tracking and walking safaris",
        "Wildlife photography coaching", "Guest relations"])


if __name__ == "__main__":
    main()
