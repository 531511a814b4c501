# Generates the 10 plain-text resumes (w9_01 .. w9_10) and their truth files.
from common import job, write_truth, write_text

R = []

# ---------------------------------------------------------------- 01 piano tuner, Czech Republic
R.append(dict(
base="w9_01_piano_tuner_txt",
text="""
CURRICULUM VITAE
================

PERSONAL INFORMATION

  Name              Tomáš Havelka
  Address           Pražská 1187/14, 500 04 Hradec Králové, Czech Republic
  Mobile            +420 605 555 218
  E-mail            tomas.havelka@example.cz
  Date of birth     14/02/1991
  Nationality       Czech


WORK EXPERIENCE

  Dates             09/2016 – present
  Occupation        Concert Piano Technician
  Employer          Petrof, spol. s r.o., Hradec Králové (CZ)
  Main activities   - final tuning, regulation and voicing of concert grands
                      (models P 284 Mistral, P 237 Monsoon) before dispatch
                    - concert service for partner halls: Rudolfinum, Janáček
                      Theatre, Smetana Hall; touring service in DE and AT
                    - training of two apprentices in aural tuning

  Dates             03/2012 – 08/2016
  Occupation        Piano Tuner and Repairer
  Employer          Klavíry Dvořák s.r.o., Brno (CZ)
  Main activities   - tuning of approx. 900 instruments per year (homes,
                      schools, ZUŠ music schools, churches)
                    - restringing, hammer replacement, action rebuilding
                    - workshop restoration of historic upright pianos

  Dates             10/2010 – 02/2012
  Occupation        Tuning Assistant (part-time, during studies)
  Employer          Národní divadlo Brno, Brno (CZ)
  Main activities   - daily tuning checks of rehearsal and pit instruments
                    - assisting the chief technician with harpsichord care


EDUCATION AND TRAINING

  2007 – 2011       Secondary Vocational School of Musical Instrument Making
                    (SOŠ a SOU hudebních nástrojů), Hradec Králové
                    Vocational certificate (výuční list) + maturita
                    Field: Piano maker / piano tuner

  05/2015           Steinway & Sons Technical Seminar, Hamburg (DE) – 1 week
  10/2018           Yamaha Piano Technical Academy – advanced regulation course


LANGUAGES

  Mother tongue     Czech
  Other languages   German – B2 (Goethe-Zertifikat B2, 2014)
                    English – B1


PROFESSIONAL SKILLS

  * Aural and electronic tuning (Verituner, TuneLab)
  * Concert preparation and voicing of grand pianos
  * Action regulation of grand and upright pianos
  * Restringing and pin block replacement
  * Historic keyboard instruments (harpsichord, square piano)
  * Driving licence category B


Hradec Králové, January 2025
""",
truth=dict(
    name="Tomáš Havelka", email="tomas.havelka@example.cz", phone="+420 605 555 218",
    experience=[
        job("Petrof, spol. s r.o.", "Concert Piano Technician", "09/2016", None),
        job("Klavíry Dvořák s.r.o.", "Piano Tuner and Repairer", "03/2012", "08/2016"),
        job("Národní divadlo Brno", "Tuning Assistant (part-time, during studies)", "10/2010", "02/2012"),
    ],
    skills=[
        "Aural and electronic tuning (Verituner, TuneLab)",
        "Concert preparation and voicing of grand pianos",
        "Action regulation of grand and upright pianos",
        "Restringing and pin block replacement",
        "Historic keyboard instruments (harpsichord, square piano)",
        "Driving licence category B",
    ]),
))

# ---------------------------------------------------------------- 02 tea taster, Sri Lanka
R.append(dict(
base="w9_02_tea_taster_txt",
text="""
                              CURRICULUM VITAE

                        DILANI WICKRAMASINGHE
        No. 42/3, Temple Road, Nugegoda, Sri Lanka
        Mobile: +94 77 555 4821  |  E-mail: dilani.wickrama@example.lk


CAREER OBJECTIVE
----------------
To contribute my eleven years of experience in tea tasting, valuation and
blending to a reputed tea export or broking organisation, while developing
myself as a Tea Blender at international level.


PROFESSIONAL EXPERIENCE
-----------------------

Lanka Commodity Brokers (Pvt) Ltd  -  Colombo 02

    Senior Tea Taster                      January 2019 - to date
      - Taste and value 1,800 - 2,500 lots per week for the Colombo Tea
        Auction (Low Grown, Uva and Dimbula catalogues)
      - Prepare weekly market reports for 60+ estate and factory clients
      - Advise factories on manufacture, withering and fermentation faults
      - Supervise and train three trainee tasters

    Tea Taster                             March 2015 - December 2018
      - Valued High Grown and Mid Grown catalogues
      - Carried out factory visits to Nuwara Eliya and Dimbula districts

Uva Highlands Plantations PLC  -  Badulla

    Assistant Factory Officer              June 2012 - February 2015
      - Assisted the Factory Officer in daily manufacture (orthodox and
        CTC lines) of around 9,000 kg made tea per day
      - Maintained quality records required by the Sri Lanka Tea Board


PROFESSIONAL QUALIFICATIONS
---------------------------
  - Certificate in Tea Tasting and Grading - Sri Lanka Tea Board (2015)
  - Diploma in Tea Technology and Value Addition -
    National Institute of Plantation Management (2013)


EDUCATIONAL QUALIFICATIONS
--------------------------
  - B.Sc. (Agriculture), University of Peradeniya (2011) - Second Class Upper
  - G.C.E. Advanced Level (Bio Science stream) - 2006 : 2A, 1B
  - G.C.E. Ordinary Level - 2003 : 7A, 2B


KEY SKILLS
----------
  - Liquor and leaf appraisal
  - Auction valuation and catalogue preparation
  - Blending for export markets (Middle East, CIS, Japan)
  - Quality control to ISO 3720
  - MS Excel and auction software (e-Auction CTA)


PERSONAL DETAILS
----------------
  Date of Birth     : 11th August 1987
  NIC No.           : 875550123V
  Civil Status      : Married
  Nationality       : Sri Lankan
  Languages         : Sinhala, English (fluent), Tamil (basic)


NON-RELATED REFEREES
--------------------
  Mr. K. P. Jayasuriya                    Dr. (Mrs.) S. Ratnayake
  Director, Tea Research Advisory         Senior Lecturer, Dept. of Crop Science
  Tel: +94 11 555 2290                    University of Peradeniya
                                          Tel: +94 81 555 8812

I hereby certify that the above particulars are true and correct to the best
of my knowledge.

..............................
Dilani Wickramasinghe
""",
truth=dict(
    name="Dilani Wickramasinghe", email="dilani.wickrama@example.lk", phone="+94 77 555 4821",
    experience=[
        job("Lanka Commodity Brokers (Pvt) Ltd", "Senior Tea Taster", "January 2019", None),
        job("Lanka Commodity Brokers (Pvt) Ltd", "Tea Taster", "March 2015", "December 2018"),
        job("Uva Highlands Plantations PLC", "Assistant Factory Officer", "June 2012", "February 2015"),
    ],
    skills=[
        "Liquor and leaf appraisal",
        "Auction valuation and catalogue preparation",
        "Blending for export markets (Middle East, CIS, Japan)",
        "Quality control to ISO 3720",
        "MS Excel and auction software (e-Auction CTA)",
    ]),
))

# ---------------------------------------------------------------- 03 sheep shearer, New Zealand
R.append(dict(
base="w9_03_sheep_shearer_txt",
text="""
WIREMU "BILL" TE AWA
Shearer  -  Dannevirke, Hawke's Bay
027 555 3190   billteawa@example.co.nz

About me
Full-time shearer with 10+ seasons in the shed. Shearing crossbred and
fine wool, full wool and second shear. Reliable, on time, sober in the shed
and happy to travel. Looking for a spot with a good gang for the main
season and a run in the UK over our winter.

Work

2019 - now       Te Whata Shearing Ltd, Dannevirke
                 Gun shearer (open class)
                 Main shear, pre-lamb and second shear around the
                 Tararua and Wairarapa. Average 330-360 crossbred ewes a day.

Summer 2023      Cotswold Contract Shearing, Gloucestershire UK
                 Shearer (seasonal contract)

Summer 2022      Cotswold Contract Shearing, Gloucestershire UK
                 Shearer (seasonal contract)
                 Mostly Mules and Texel x ewes, mobile trailer rig,
                 up to 280 a day.

2015-19          McKenzie Shearing Contractors, Gore
                 Shearer / presser
                 Started on lambs, moved onto full wool. Pressed when the
                 gang was short. Southland winters crutching.

2013-15          Hikurangi Shearing Gang, Ruatoria
                 Rousie / wool handler
                 Skirting, throwing fleeces, sweeping the board, pressing.

Shed records / comps
- Golden Shears, Masterton - Intermediate final 2017 (4th)
- 9-hr ewe tally 412 (Te Whata, Jan 2021) - not a recognised record

Skills & tickets
- Crossbred and fine wool shearing
- Lamb shearing - up to 520 lambs in 9 hrs
- Wool handling and pressing
- Handpiece and gear maintenance
- Class 1 driver licence
- Chainsaw cert (Unit Standard 6910)

Training
Tectra / Elite Wool Industry Training - Shearing Level 3 (2016)
Wool handling Level 2 (2014)

References
Hemi Parata (contractor, Te Whata Shearing) - 027 555 8802
Gordon McKenzie (McKenzie Shearing) - 03 555 2211
""",
truth=dict(
    name="Wiremu Te Awa", email="billteawa@example.co.nz", phone="027 555 3190",
    experience=[
        job("Te Whata Shearing Ltd", "Gun shearer (open class)", "2019", None),
        job("Cotswold Contract Shearing", "Shearer (seasonal contract)", "Summer 2023", None),
        job("Cotswold Contract Shearing", "Shearer (seasonal contract)", "Summer 2022", None),
        job("McKenzie Shearing Contractors", "Shearer / presser", "2015", "19"),
        job("Hikurangi Shearing Gang", "Rousie / wool handler", "2013", "15"),
    ],
    skills=[
        "Crossbred and fine wool shearing",
        "Lamb shearing - up to 520 lambs in 9 hrs",
        "Wool handling and pressing",
        "Handpiece and gear maintenance",
        "Class 1 driver licence",
        "Chainsaw cert (Unit Standard 6910)",
    ]),
))

# ---------------------------------------------------------------- 04 croupier, Macau
R.append(dict(
base="w9_04_croupier_txt",
text="""
RESUME

LEONG Ka Man
Flat 12B, Edf. Fu Hong, Rua de Pequim, Macau
Mobile: +853 6655 5172      Email: kaman.leong@example.com.mo


PERSONAL PARTICULARS
  Sex                  : Female
  Date of Birth        : 03 Oct 1994
  Identity Card        : Macau Permanent Resident
  Expected Salary      : Negotiable
  Availability         : One month notice


CAREER OBJECTIVE
  To obtain a Table Games Supervisor position in an integrated resort,
  building on 7 years of live table experience in Cotai.


WORKING EXPERIENCE

  Mar 2021 - Present   Lotus Bay Resort & Casino (Cotai)
                       Dealer Inspector
                       * Supervise 4 live tables (Baccarat, Roulette),
                         check payouts, chip fills and credits
                       * Handle VIP player disputes with Pit Manager
                       * Act as relief Floor Supervisor on weekends

  Aug 2017 - Feb 2021  Lotus Bay Resort & Casino (Cotai)
                       Dealer (Baccarat / Roulette / Sic Bo)
                       * Dealt mass and premium-mass tables, up to 90 hands/hr
                       * "Dealer of the Quarter" Q3 2019

  Jan 2017 - Jul 2017  Ocean Pearl Hotel Casino
                       Trainee Dealer
                       * 12-week dealing school then live-game probation

  Jun 2015 - Dec 2016  Wing Fat Pharmacy
                       Sales Assistant


EDUCATION
  2012 - 2015   Macao Polytechnic University
                Diploma in Gaming and Recreation Management
  2006 - 2012   Escola Secundária Pui Ching - Secondary 6 graduated


SKILLS
  - Baccarat (including Squeeze Baccarat)
  - Roulette - chip cutting and payout calculation
  - Sic Bo
  - Blackjack and Three Card Poker
  - Mental arithmetic / fast payout
  - Surveillance and AML awareness (DICJ guidelines)


LANGUAGES
  Cantonese (native), Mandarin (fluent), English (good), Portuguese (basic)


REFERENCES
  Available upon request
""",
truth=dict(
    name="Leong Ka Man", email="kaman.leong@example.com.mo", phone="+853 6655 5172",
    experience=[
        job("Lotus Bay Resort & Casino", "Dealer Inspector", "Mar 2021", None),
        job("Lotus Bay Resort & Casino", "Dealer (Baccarat / Roulette / Sic Bo)", "Aug 2017", "Feb 2021"),
        job("Ocean Pearl Hotel Casino", "Trainee Dealer", "Jan 2017", "Jul 2017"),
        job("Wing Fat Pharmacy", "Sales Assistant", "Jun 2015", "Dec 2016"),
    ],
    skills=[
        "Baccarat (including Squeeze Baccarat)",
        "Roulette - chip cutting and payout calculation",
        "Sic Bo",
        "Blackjack and Three Card Poker",
        "Mental arithmetic / fast payout",
        "Surveillance and AML awareness (DICJ guidelines)",
    ]),
))

# ---------------------------------------------------------------- 05 pearl farm technician, French Polynesia
R.append(dict(
base="w9_05_pearl_farm_technician_txt",
text="""
Teva MAIAU
Pearl grafting technician
BP 4471 - 98713 Papeete, Tahiti, French Polynesia
Tel. +689 87 55 21 40
teva.maiau@example.pf
Born 1992 - French nationality - Driving licence B + boat licence (permis côtier)


EXPERIENCE
==========

Since March 2018
    PERLES DE RIKITEA SARL - Mangareva, Gambier Islands
    Grafting Technician (greffeur)
    - Nucleus insertion on Pinctada margaritifera, 600-800 oysters/day
      during grafting campaigns
    - Selection of donor oysters (graft tissue, colour of the lip)
    - Second and third grafts (surgreffe), harvest and first sorting of pearls
    - Trained 3 local assistants in opening and cleaning

2014 - 2018
    FERME PERLIERE TAHAA NUI - Taha'a, Leeward Islands
    Farm Technician
    - Cleaning of lines and oysters, spat collection, long-line maintenance
    - Diving (up to 20 m) for line checks
    - Boat and outboard engine maintenance

Nov. 2012 - Jun. 2013
    DIRECTION DES RESSOURCES MARINES (DRM) - Papeete
    Aquaculture intern
    - Monitoring of spat collectors in Takaroa and Ahe lagoons
    - Water quality sampling and data entry

Sept. 2011 - Jul. 2012
    RSMA-Pf (Régiment du Service Militaire Adapté de Polynésie française)
    Volunteer trainee - boat mechanics section
    - Outboard and diesel engine maintenance, navigation basics, first aid


EDUCATION
=========

2012 - 2013   Certificate of Pearl Culture Technician (CAPP),
              Centre des Métiers de la Nacre et de la Perliculture, Rangiroa
2010          Baccalauréat professionnel "Cultures marines", Lycée agricole d'Opunohu


SKILLS
======

  * Grafting (nucleus insertion and surgreffe)
  * Oyster health assessment and mortality follow-up
  * Long-line farm maintenance
  * Scuba diving - CMAS 2 stars
  * Outboard engine repair
  * First aid (PSC1)


LANGUAGES
=========

French (native) - Tahitian (native) - English (working) - Mangarevan (basic)
""",
truth=dict(
    name="Teva Maiau", email="teva.maiau@example.pf", phone="+689 87 55 21 40",
    experience=[
        job("PERLES DE RIKITEA SARL", "Grafting Technician (greffeur)", "March 2018", None),
        job("FERME PERLIERE TAHAA NUI", "Farm Technician", "2014", "2018"),
        job("DIRECTION DES RESSOURCES MARINES (DRM)", "Aquaculture intern", "Nov. 2012", "Jun. 2013"),
        job("RSMA-Pf (Régiment du Service Militaire Adapté de Polynésie française)",
            "Volunteer trainee - boat mechanics section", "Sept. 2011", "Jul. 2012"),
    ],
    skills=[
        "Grafting (nucleus insertion and surgreffe)",
        "Oyster health assessment and mortality follow-up",
        "Long-line farm maintenance",
        "Scuba diving - CMAS 2 stars",
        "Outboard engine repair",
        "First aid (PSC1)",
    ]),
))

# ---------------------------------------------------------------- 06 locksmith, Ireland
R.append(dict(
base="w9_06_locksmith_txt",
text="""
Ciarán Fitzgerald
14 Cypress Grove, Templeogue, Dublin 6W
Mobile: 087 555 6612  •  Email: ciaran.fitz@example.ie
Safe Contractor licence (PSA) no. 05550813


PROFILE
A qualified locksmith and safe engineer with 15 years in the trade, the
last seven running my own business. Comfortable with everything from a
lock-out at 2 a.m. to master-key systems for a hospital. Fully insured,
Garda vetted, own van and tools.


EMPLOYMENT HISTORY

FITZGERALD LOCKS & SECURITY, Dublin
Owner / Locksmith                                       Apr 2017 – Present
• Emergency entry, lock changes and upgrades for residential and
  commercial customers (approx. 1,400 call-outs a year)
• Design and installation of restricted master-key systems (Abloy, EVVA)
• Subcontract safe opening for two Dublin banks and a cash-in-transit firm
• Manage one employee and one apprentice; all bookings, quoting and
  accounts

LEINSTER LOCK & SAFE LTD, Dublin 12
Locksmith / Safe Engineer                               Sep 2011 – Mar 2017
• Safe installation, servicing and non-destructive opening
• Access control (Paxton Net2) and door closer installation
• Key cutting and counter sales on quiet days

Apprentice Locksmith                                    Sep 2008 – Aug 2011
• Served time under Master Locksmith Tom Byrne
• Cylinder rekeying, mortice lock fitting, UPVC door mechanisms

Jan 2007 – Aug 2008: Career break – working holiday in Australia


EDUCATION & TRAINING
2018   Advanced Safe Engineering – Master Locksmiths Association (UK)
2011   QQI Level 6 Certificate in Locksmithing
2006   Leaving Certificate – Coláiste Éanna, Rathfarnham


KEY SKILLS
• Non-destructive entry
• Master-key system design
• Safe opening and servicing
• Access control and intercoms
• Automotive key programming (transponder)
• Customer service and quoting


INTERESTS
GAA (club hurling with Templeogue Synge Street), sea fishing.

References available on request.
""",
truth=dict(
    name="Ciarán Fitzgerald", email="ciaran.fitz@example.ie", phone="087 555 6612",
    experience=[
        job("FITZGERALD LOCKS & SECURITY", "Owner / Locksmith", "Apr 2017", None),
        job("LEINSTER LOCK & SAFE LTD", "Locksmith / Safe Engineer", "Sep 2011", "Mar 2017"),
        job("LEINSTER LOCK & SAFE LTD", "Apprentice Locksmith", "Sep 2008", "Aug 2011"),
    ],
    skills=[
        "Non-destructive entry",
        "Master-key system design",
        "Safe opening and servicing",
        "Access control and intercoms",
        "Automotive key programming (transponder)",
        "Customer service and quoting",
    ]),
))

# ---------------------------------------------------------------- 07 letter carrier, USA (military)
R.append(dict(
base="w9_07_letter_carrier_txt",
text="""
MARCUS D. WHITFIELD
Dayton, OH 45405 | (555) 318-4470 | marcus.whitfield@example.com

SUMMARY
Dependable city letter carrier with 10 years of USPS service and 4 years
of U.S. Army experience as a motor transport operator. Perfect safety
record, zero at-fault accidents, 2x Million Mile Award nominee.

EXPERIENCE

UNITED STATES POSTAL SERVICE -- Dayton, OH
City Carrier (Regular), 06/2016 - Present
  - Deliver mail and parcels on a 540-point mixed mounted/park-and-loop
    route, 22 miles daily
  - Scan and sequence with Mobile Delivery Device (MDD); 99.4% scan
    compliance
  - Serve as Carrier Technician (T-6) covering five routes on rotation
  - Union steward alternate, NALC Branch 182

City Carrier Assistant (CCA), 11/2014 - 06/2016
  - Converted to career status after 19 months
  - Holiday peak: up to 180 parcels/day on Amazon Sunday delivery

U.S. ARMY -- Fort Hood, TX and Camp Arifjan, Kuwait
Motor Transport Operator (88M), Specialist (E-4), 08/2010 - 08/2014
  - Drove M1083 FMTV and HEMTT in convoy operations (12-month deployment)
  - Conducted PMCS on a fleet of 14 vehicles
  - Honorable discharge; Army Achievement Medal (2x)

EDUCATION
Sinclair Community College, Dayton, OH -- coursework in Logistics (15 credits)
Dunbar High School, Dayton, OH -- Diploma, 2010

SKILLS
Route sequencing, Mobile Delivery Device (MDD) scanning, Defensive driving, Customer service, Hazmat awareness, Forklift certified

CERTIFICATIONS & LICENSES
Ohio Class B CDL with air brakes | USPS Driver Safety Certification

VOLUNTEER
Toys for Tots (Marine Corps Reserve) -- driver and sorting volunteer, every Dec. since 2017
""",
truth=dict(
    name="Marcus D. Whitfield", email="marcus.whitfield@example.com", phone="(555) 318-4470",
    experience=[
        job("UNITED STATES POSTAL SERVICE", "City Carrier (Regular)", "06/2016", None),
        job("UNITED STATES POSTAL SERVICE", "City Carrier Assistant (CCA)", "11/2014", "06/2016"),
        job("U.S. ARMY", "Motor Transport Operator (88M), Specialist (E-4)", "08/2010", "08/2014"),
    ],
    skills=[
        "Route sequencing",
        "Mobile Delivery Device (MDD) scanning",
        "Defensive driving",
        "Customer service",
        "Hazmat awareness",
        "Forklift certified",
    ]),
))

# ---------------------------------------------------------------- 08 butcher, Argentina
R.append(dict(
base="w9_08_butcher_txt",
text="""
Facundo Ezequiel Sosa
Butcher / Boner (despostador)
Lomas de Zamora, Buenos Aires, Argentina
WhatsApp: +54 9 11 5555-3802
Email: facu.sosa@example.com.ar
Passport: Argentina - Working Holiday visa holder (AU subclass 462 granted)

-------------------------------------------------------------------
EXPERIENCE
-------------------------------------------------------------------

Seasonal Meat Process Worker
Southland Meat Processors Ltd - Invercargill, New Zealand
Dec. 2023 - Apr. 2024
- Lamb boning line (legs, shoulders), 2,400 carcasses per shift in the plant
- Worked to MPI export food safety standards, halal certified plant

Knife hand - boning room (despostador)
Frigorífico Río Salado S.A. - Chascomús, Buenos Aires
03/2019 - 11/2023
- Boning of beef hindquarters and forequarters for export (EU Hilton quota
  and China) - approx. 110 quarters per shift
- Trimming to customer specs, vacuum packing supervision
- Trained new knife hands in safe knife handling

Butcher / shop manager
Carnicería Don Ezequiel (family business) - Lomas de Zamora
2016 - 2019
- Ran the counter and cold room, bought half carcasses at Mercado de Liniers
- Cuts for parrilla: asado de tira, vacío, entraña, matambre, colita de cuadril

Apprentice butcher (ayudante de carnicero)
Carnicería El Gaucho - Banfield
2012 - 2016
- Cleaning, mincing, sausage making (chorizo, morcilla), customer service

-------------------------------------------------------------------
SKILLS
-------------------------------------------------------------------
- Beef boning and slicing (Argentine and Australian cuts)
- Lamb boning
- Knife sharpening (steel and stone)
- HACCP and export hygiene
- Sausage and smallgoods making
- Forklift licence (Argentina)

-------------------------------------------------------------------
EDUCATION
-------------------------------------------------------------------
Secundario completo - E.E.S. N°14, Lomas de Zamora (2011)
Curso de Manipulación de Alimentos - Municipalidad de Lomas (2015)

LANGUAGES: Spanish (native), English (intermediate - IELTS 5.5, 2023)
""",
truth=dict(
    name="Facundo Ezequiel Sosa", email="facu.sosa@example.com.ar", phone="+54 9 11 5555-3802",
    experience=[
        job("Southland Meat Processors Ltd", "Seasonal Meat Process Worker", "Dec. 2023", "Apr. 2024"),
        job("Frigorífico Río Salado S.A.", "Knife hand - boning room (despostador)", "03/2019", "11/2023"),
        job("Carnicería Don Ezequiel", "Butcher / shop manager", "2016", "2019"),
        job("Carnicería El Gaucho", "Apprentice butcher (ayudante de carnicero)", "2012", "2016"),
    ],
    skills=[
        "Beef boning and slicing (Argentine and Australian cuts)",
        "Lamb boning",
        "Knife sharpening (steel and stone)",
        "HACCP and export hygiene",
        "Sausage and smallgoods making",
        "Forklift licence (Argentina)",
    ]),
))

# ---------------------------------------------------------------- 09 stage manager, UK (theatre credits)
R.append(dict(
base="w9_09_stage_manager_txt",
text="""
IMOGEN ASHWORTH-CLARKE
Stage Manager / Deputy Stage Manager
Leeds  ·  07700 900431  ·  imogen.ac@example.co.uk
Member of Equity · Full clean UK driving licence · DBS checked (2024)


EMPLOYMENT

Castlegate Theatre, York
  Resident Deputy Stage Manager .............. Sept 2019 – Mar 2022
    Ran the book on 11 in-house productions in the 650-seat main house;
    prompt copies, rehearsal reports, calling on ETC Eos cue lights.
  Assistant Stage Manager ...................... Jan 2018 – Aug 2019
    Props sourcing and making, running wing, book cover.


FREELANCE CREDITS (since 2022)

Year  Role                      Production             Director        Company / Venue
----  ------------------------  ---------------------  --------------  ------------------------------
2024  Company Stage Manager     The Winter's Tale      Omar Feld       Fenwick Touring Productions
                                (12-venue UK tour)
2023  Stage Manager             Blood Wedding          Ana Ruiz        The Old Laundry Theatre
2023  Production Stage Manager  Riverside Fringe Fest  –               Riverside Arts Trust
                                (festival, 4 weeks)
2022  Deputy Stage Manager      Aladdin (panto)        Kit Barlow      Queen's Hall Theatre, Hexham


TRAINING
2014 – 2017  BA (Hons) Stage Management & Technical Theatre (First)
             Guildford School of Acting
Summer 2016  Work placement, Stage Management – Edinburgh Festival Fringe


SKILLS
·  Calling shows (ETC Eos, QLab)
·  Prompt copies and rehearsal reports
·  Props sourcing and making
·  Touring logistics and get-ins
·  First Aid at Work (valid to 2026)
·  IPAF 3a/3b


References available from Castlegate Theatre and Fenwick Touring Productions.
""",
truth=dict(
    name="Imogen Ashworth-Clarke", email="imogen.ac@example.co.uk", phone="07700 900431",
    experience=[
        job("Castlegate Theatre", "Resident Deputy Stage Manager", "Sept 2019", "Mar 2022"),
        job("Castlegate Theatre", "Assistant Stage Manager", "Jan 2018", "Aug 2019"),
        job("Fenwick Touring Productions", "Company Stage Manager", "2024", None),
        job("The Old Laundry Theatre", "Stage Manager", "2023", None),
        job("Riverside Arts Trust", "Production Stage Manager", "2023", None),
        job("Queen's Hall Theatre", "Deputy Stage Manager", "2022", None),
    ],
    skills=[
        "Calling shows (ETC Eos, QLab)",
        "Prompt copies and rehearsal reports",
        "Props sourcing and making",
        "Touring logistics and get-ins",
        "First Aid at Work (valid to 2026)",
        "IPAF 3a/3b",
    ]),
))

# ---------------------------------------------------------------- 10 embedded firmware engineer, Taiwan
R.append(dict(
base="w9_10_firmware_engineer_txt",
text="""
Yu-Ting Chen  陳昱廷
Senior Firmware Engineer
Zhubei City, Hsinchu County, Taiwan
+886 912 555 308 | yuting.chen@example.com.tw | github.com/ytchen-fw

=============================================================================
WORK EXPERIENCE
=============================================================================

[2021.07 - Present]  Senior Firmware Engineer
                     Hsinchu Motion Devices Co., Ltd. (Hsinchu Science Park)
  > Lead firmware for a BLE/CAN servo-motor controller family (STM32H7),
    team of 4; shipped 3 product generations
  > Cut boot time from 1.8 s to 420 ms with a custom bootloader and
    dual-bank OTA update over BLE
  > Built HIL test bench (Python + Jenkins) running 600 regression cases
    per night

[2018.09 - 2021.06]  Firmware Engineer
                     Formosa IoT Tech Inc. (Taipei)
  > Zephyr-based smart-meter firmware on nRF52840; Modbus RTU gateway
  > Reduced sleep current from 38 uA to 9 uA, extending battery life to
    10 years
  > Worked with Japanese customer on JIS certification

[2017.01 - 2017.05]  Conscript, Signal Corps (military service)
                     Republic of China (Taiwan) Army

[2015.07 - 2015.08]  Firmware Intern
                     Pacific Semicon Corp. (Hsinchu)
  > USB CDC driver for evaluation board, unit tests in Unity/CMock

=============================================================================
EDUCATION
=============================================================================
2014.09 - 2016.12  M.S. Electrical Engineering, National Tsing Hua University
2010.09 - 2014.06  B.S. Electrical Engineering, National Cheng Kung University

=============================================================================
SKILLS
=============================================================================
  MCU / SoC   : STM32 (F4/H7), Nordic nRF52, ESP32, NXP i.MX RT
  RTOS / OS   : FreeRTOS, Zephyr, Embedded Linux (Yocto)
  Languages   : C, C++, Python, ARM Cortex-M assembly
  Protocols   : BLE 5.0, CAN, Modbus RTU, I2C/SPI/UART, USB CDC
  Tools       : J-Link, Logic analyzer, Oscilloscope, Git, Jenkins

LANGUAGES: Mandarin (native), Taiwanese Hokkien (native), English (TOEIC 885),
           Japanese (JLPT N3)
""",
truth=dict(
    name="Yu-Ting Chen", email="yuting.chen@example.com.tw", phone="+886 912 555 308",
    experience=[
        job("Hsinchu Motion Devices Co., Ltd.", "Senior Firmware Engineer", "2021.07", None),
        job("Formosa IoT Tech Inc.", "Firmware Engineer", "2018.09", "2021.06"),
        job("Republic of China (Taiwan) Army", "Conscript, Signal Corps (military service)", "2017.01", "2017.05"),
        job("Pacific Semicon Corp.", "Firmware Intern", "2015.07", "2015.08"),
    ],
    skills=[
        "STM32 (F4/H7)", "Nordic nRF52", "ESP32", "NXP i.MX RT",
        "FreeRTOS", "Zephyr", "Embedded Linux (Yocto)",
        "C", "C++", "Python", "ARM Cortex-M assembly",
        "BLE 5.0", "CAN", "Modbus RTU", "I2C/SPI/UART", "USB CDC",
        "J-Link", "Logic analyzer", "Oscilloscope", "Git", "Jenkins",
    ]),
))

if __name__ == "__main__":
    assert len(R) == 10
    for r in R:
        write_text(r["base"], "txt", r["text"])
        write_truth(r["base"], **r["truth"])
    print("txt done", len(R))
