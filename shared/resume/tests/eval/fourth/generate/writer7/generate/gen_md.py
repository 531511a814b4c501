# Generates the 6 Markdown resumes (11-16) and their truth files.
from common import job, write_truth, write_text

R = []

# ---------------------------------------------------------------- 11  India Android dev
R.append(("w7_11_android_developer_md", """
# KARTHIK RAGHUNATHAN

**Android Developer | Kotlin · Jetpack Compose · Clean Architecture**

📍 Bengaluru, Karnataka &nbsp;|&nbsp; 📞 +91 98455 50123 &nbsp;|&nbsp; ✉️ karthik.r.dev@example.com &nbsp;|&nbsp; 🔗 github.com/karthik-r-dev

---

## Career Objective

Android developer with 6+ years of experience building fintech and e-commerce apps used by
10M+ users. Seeking a challenging role where I can contribute to large-scale mobile products
and grow into a mobile architect.

## Technical Skills

| Category | Skills |
|----------|--------|
| Languages | Kotlin, Java, SQL |
| Android | Jetpack Compose, MVVM, Room, Retrofit, Hilt, WorkManager, Coroutines & Flow |
| Tools | Android Studio, Git, Firebase, Jenkins, JIRA |
| Testing | JUnit, Espresso, MockK |

## Professional Experience

### Senior Software Engineer – Android | Finlo Payments Pvt. Ltd., Bengaluru
*Jul'21 – Till Date*

- Led migration of the merchant app (4.2★, 5M installs) from XML views to Jetpack Compose
- Cut cold-start time by 38% using baseline profiles and lazy DI initialisation
- Built UPI AutoPay mandate flows with NPCI SDK integration
- Mentoring 3 junior developers; conduct code reviews and weekly KT sessions

### Software Engineer | Zentrix Technologies Pvt. Ltd., Chennai
*Jun'18 – Jun'21*

- Developed modules for a grocery delivery app (offline cart, live order tracking with Google Maps SDK)
- Wrote a reusable analytics wrapper over Firebase and CleverTap
- Reduced ANR rate from 0.9% to 0.2%

### Trainee – Mobile Apps | Infomerge Solutions, Coimbatore
*Jan'18 – May'18*

- Final-semester internship; built an attendance app in Java with SQLite

## Projects

- **ExpenseBuddy** (personal, Play Store) – Compose + Room, 10K+ downloads
- **OpenWeatherKMM** – Kotlin Multiplatform sample shared with Android & iOS

## Education

**B.E. Computer Science and Engineering** — Sri Venkateswara College of Engineering, Coimbatore (2014 – 2018) — CGPA 8.2/10

**HSC** — 2014 — 92.4% &nbsp;&nbsp; **SSLC** — 2012 — 95%

## Achievements

- "Star Performer" award, Finlo Payments, FY 2022-23
- Google Associate Android Developer certification (2019)

## Personal Details

- **Date of Birth:** 09-11-1996
- **Languages Known:** English, Tamil, Hindi, Kannada
- **Notice Period:** 60 days

## Declaration

I hereby declare that the information furnished above is true to the best of my knowledge.

**Place:** Bengaluru &nbsp;&nbsp;&nbsp; **(Karthik R.)**
""",
dict(name="Karthik Raghunathan", email="karthik.r.dev@example.com", phone="+91 98455 50123",
     experience=[
        job("Finlo Payments Pvt. Ltd.", "Senior Software Engineer – Android", "Jul'21", None),
        job("Zentrix Technologies Pvt. Ltd.", "Software Engineer", "Jun'18", "Jun'21"),
        job("Infomerge Solutions", "Trainee – Mobile Apps", "Jan'18", "May'18"),
     ],
     skills=["Kotlin", "Java", "SQL", "Jetpack Compose", "MVVM", "Room", "Retrofit", "Hilt", "WorkManager",
             "Coroutines & Flow", "Android Studio", "Git", "Firebase", "Jenkins", "JIRA", "JUnit", "Espresso", "MockK"])))

# ---------------------------------------------------------------- 12  Netherlands urban planner (Europass-like)
R.append(("w7_12_urban_planner_md", """
Elif Yıldız
===========

*Urban Planner · Stedenbouwkundige*

- **Address:** Oudegracht 155-2, 3511 AK Utrecht, Netherlands
- **Phone:** (+31) 6 5550 3927
- **Email:** elif.yildiz@example.nl
- **Date of birth:** 07/09/1989 · **Nationality:** Dutch, Turkish

---

## About me

Urban planner working on inner-city densification and climate-adaptive public space. Comfortable
moving between design studio, municipality and residents' evenings; fluent in Dutch planning
procedure (Omgevingswet, bestemmingsplan → omgevingsplan).

## Work experience

**01/09/2020 – Current** · Utrecht, Netherlands
**Senior Urban Planner** · Stadslab Planners B.V.

- Project lead for the 2,400-home Merwedekanaal-zone masterplan (client: municipality)
- Drafted environmental plan rules under the new Omgevingswet for three municipalities
- Led participation trajectory with 14 public sessions and an online map-survey (1,900 responses)

**01/03/2017 – 31/08/2020** · Rotterdam, Netherlands
**Urban Planner (Stedenbouwkundig ontwerper)** · Rijnmond Ruimte Adviseurs

- Spatial quality plans for two riverside brownfield sites; climate stress-test analysis
- Co-authored the regional bicycle-network vision (2019)

**02/2016 – 07/2016** · Amsterdam, Netherlands
**Graduate Intern** · Atelier Kustlijn

**09/2014 – 06/2015** · Delft, Netherlands
**Student Research Assistant (part-time)** · TU Delft, Faculty of Architecture and the Built Environment

## Education and training

**2013 – 2016** · MSc Architecture, Urbanism and Building Sciences (track Urbanism) — Delft University of Technology
**2008 – 2012** · BSc City and Regional Planning — Middle East Technical University, Ankara, Türkiye

## Language skills

Mother tongue: **Turkish**

| Language | Listening | Reading | Spoken production | Spoken interaction | Writing |
|---|---|---|---|---|---|
| Dutch | C1 | C1 | C1 | C1 | B2 |
| English | C2 | C2 | C1 | C1 | C1 |
| German | A2 | B1 | A2 | A2 | A2 |

## Digital skills

ArcGIS Pro | QGIS | AutoCAD | Adobe Illustrator | SketchUp | Rhino + Grasshopper | Microsoft Office

## Driving licence

B

## Volunteering

**2019 – Current** · Board member, Stichting Groene Schoolpleinen Utrecht
""",
dict(name="Elif Yıldız", email="elif.yildiz@example.nl", phone="(+31) 6 5550 3927",
     experience=[
        job("Stadslab Planners B.V.", "Senior Urban Planner", "01/09/2020", None),
        job("Rijnmond Ruimte Adviseurs", "Urban Planner (Stedenbouwkundig ontwerper)", "01/03/2017", "31/08/2020"),
        job("Atelier Kustlijn", "Graduate Intern", "02/2016", "07/2016"),
        job("TU Delft, Faculty of Architecture and the Built Environment", "Student Research Assistant (part-time)", "09/2014", "06/2015"),
     ],
     skills=["ArcGIS Pro", "QGIS", "AutoCAD", "Adobe Illustrator", "SketchUp", "Rhino + Grasshopper", "Microsoft Office"])))

# ---------------------------------------------------------------- 13  Malaysia meteorologist
R.append(("w7_13_meteorologist_md", """
NUR AISYAH BINTI MOHD RAZALI
----------------------------

Meteorologist (Marine & Aviation Forecasting)

No. 21, Jalan SS 2/55, 47300 Petaling Jaya, Selangor  
H/P: 012-555 4830  
Email: aisyah.razali@example.com.my

Summary
=======

Meteorologist with 11 years' operational forecasting experience, first with the national weather
service and now supporting offshore oil & gas and shipping clients across the South China Sea.
WMO BIP-M qualified.

Professional Experience
=======================

**Nusantara Marine Weather Sdn. Bhd.** — Kuala Lumpur  
_Senior Marine Forecaster_, Jun 2019 – Present

* Issue site-specific metocean forecasts (wind, wave, swell, lightning) for 40+ offshore assets
* Weather-window planning for rig moves and heavy-lift operations; 24/7 duty roster lead
* Built automated verification dashboards in Python (xarray, pandas)

**Malaysian Meteorological Department (MetMalaysia)**

_Meteorological Officer (Grade C44)_ — National Weather Centre, Petaling Jaya  
Jan 2016 – May 2019

* Shift forecaster for public weather, monsoon and heavy-rain warnings
* Member of the Northeast Monsoon flood task force (2017, 2018)

_Meteorological Officer (Grade C41)_ — Sabah Regional Office, Kota Kinabalu  
Jul 2013 – Dec 2015

* Aviation forecaster for Kota Kinabalu International Airport (TAF, METAR, SIGMET)

Education
=========

* M.Sc. Atmospheric Science, Universiti Kebangsaan Malaysia — 2018 (part-time)
* WMO Basic Instruction Package for Meteorologists (BIP-M) — 2013/2014
* B.Sc. (Hons) Physics, Universiti Malaya — 2009 – 2013, CGPA 3.52

Skills
======

* Synoptic & mesoscale analysis
* NWP model interpretation (WRF, ECMWF IFS)
* Python (MetPy, xarray), GrADS, NCL
* Metocean forecasting for offshore operations
* Aviation forecasting (TAF/METAR, SIGMET)

Languages
=========

Bahasa Malaysia (native), English (fluent), Mandarin (basic)

Personal Particulars
====================

Age: 34 · Nationality: Malaysian · Expected salary: negotiable · Notice: 1 month
""",
dict(name="Nur Aisyah binti Mohd Razali", email="aisyah.razali@example.com.my", phone="012-555 4830",
     experience=[
        job("Nusantara Marine Weather Sdn. Bhd.", "Senior Marine Forecaster", "Jun 2019", None),
        job("Malaysian Meteorological Department (MetMalaysia)", "Meteorological Officer (Grade C44)", "Jan 2016", "May 2019"),
        job("Malaysian Meteorological Department (MetMalaysia)", "Meteorological Officer (Grade C41)", "Jul 2013", "Dec 2015"),
     ],
     skills=["Synoptic & mesoscale analysis", "NWP model interpretation (WRF, ECMWF IFS)", "Python (MetPy, xarray), GrADS, NCL",
             "Metocean forecasting for offshore operations", "Aviation forecasting (TAF/METAR, SIGMET)"])))

# ---------------------------------------------------------------- 14  UK (Scotland) freelance live sound engineer
R.append(("w7_14_live_sound_engineer_md", """
# Callum Fraser
### Front of House & Monitor Engineer

Glasgow, Scotland · +44 7700 900581 · callum@fraser-audio.example.com · fraser-audio.example.com

> Freelance live sound engineer with 12 years on the road and in venues — from 300-cap rooms to
> 12,000-seat arenas and festival main stages. L-Acoustics certified, Dante Level 3, happy on any
> desk. Full UK driving licence (C1), passport valid, own IEM/measurement kit.

---

## Experience

**Fraser Audio (self-employed)** — *Freelance FOH & Monitor Engineer* — 2017 – now

Selected tours and clients (booked directly and through production companies):

| Year | Artist / client | Role | Scale |
|------|-----------------|------|-------|
| 2024 | The Hollow Pines – European tour (via Northlight Productions) | FOH Engineer | 38 shows, 1–3k cap |
| 2023 | Maeve Donnelly – UK arena run | Monitor Engineer | 9 shows, 8–12k |
| 2022–23 | Glasgow Summer Sessions festival, Main Stage | Stage Manager / Systems Tech | 20k/day |
| 2019–22 | Various – corporate & broadcast (BBC Scotland, STV) | A1 / RF Tech | — |

**The Clydeside Ballroom, Glasgow** — *Senior Sound Technician* — Mar 2014 – Dec 2016
- House FOH/monitor engineer for 180+ touring shows a year (1,900 cap)
- Specified and commissioned the 2015 PA upgrade (d&b V-Series)

**Highland Arts Theatre, Inverness** — *Sound & Stage Technician (fixed-term contract)* — Aug 2012 – Feb 2014
- Mixed theatre, panto and music programme; radio mic management for 30+ channels

**Caledonian PA Hire Ltd** — *Audio Hire Technician* — Summer 2011
- Festival season warehouse prep, rigging and system tech at 6 events

## Skills & kit

- DiGiCo SD-series & Quantum
- Avid VENUE S6L
- Yamaha CL/QL and Rivage PM
- Allen & Heath dLive
- L-Acoustics K2/Kara/Soundvision
- d&b ArrayCalc
- Shure Axient & Wireless Workbench
- Smaart v8
- Dante Level 3

## Training & tickets

IPAF 3a/3b · PASMA · First Aid at Work · Rigging (NRC Level 1) · L-Acoustics System Engineering (2019)

## Education

HND Sound Production, Glasgow Kelvin College, 2010 – 2012

*References from touring production managers on request.*
""",
dict(name="Callum Fraser", email="callum@fraser-audio.example.com", phone="+44 7700 900581",
     experience=[
        job("Fraser Audio", "Freelance FOH & Monitor Engineer", "2017", None),
        job("The Clydeside Ballroom", "Senior Sound Technician", "Mar 2014", "Dec 2016"),
        job("Highland Arts Theatre", "Sound & Stage Technician (fixed-term contract)", "Aug 2012", "Feb 2014"),
        job("Caledonian PA Hire Ltd", "Audio Hire Technician", "Summer 2011", None),
     ],
     skills=["DiGiCo SD-series & Quantum", "Avid VENUE S6L", "Yamaha CL/QL and Rivage PM", "Allen & Heath dLive",
             "L-Acoustics K2/Kara/Soundvision", "d&b ArrayCalc", "Shure Axient & Wireless Workbench", "Smaart v8",
             "Dante Level 3"])))

# ---------------------------------------------------------------- 15  Singapore AML compliance
R.append(("w7_15_compliance_officer_md", """
**JASMINE TAN WEI LING**
Financial Crime Compliance | AML/CFT | CAMS

+65 9555 0127 | jasmine.tan.wl@example.com.sg | Singapore

---

#### CAREER SUMMARY

AML/CFT compliance professional with 9 years across retail, private and digital banking in
Singapore. Experienced in MAS Notice 626 reviews, transaction-monitoring tuning, STR filing and
regulatory inspections.

#### CAREER HISTORY

| Period | Organisation | Position |
|---|---|---|
| Apr 2021 – Present | Meridian Straits Bank Ltd | Assistant Vice President, Financial Crime Compliance |
| Jan 2018 – Mar 2021 | Orchid Private Bank AG, Singapore Branch | Senior Associate, Transaction Monitoring |
| Jul 2015 – Dec 2017 | Lumen Digital Payments Pte. Ltd. | Associate, KYC Operations |

**Meridian Straits Bank Ltd — Assistant Vice President, Financial Crime Compliance**
- Second-line advisory to retail and SME banking on CDD/EDD, PEP and sanctions cases
- Led the 2023 MAS thematic inspection response; zero high-rated findings
- Co-owner of TM scenario tuning project; cut false positives by 27%

**Orchid Private Bank AG — Senior Associate, Transaction Monitoring**
- Reviewed escalated alerts for HNW clients; drafted 60+ STRs to STRO
- Trained relationship managers on red flags for trade-based money laundering

**Lumen Digital Payments Pte. Ltd. — Associate, KYC Operations**
- Onboarding checks for merchants and e-wallet users; built the first KYC QA checklist

#### EDUCATION & CERTIFICATIONS

- Bachelor of Business Administration (Hons), National University of Singapore, 2015
- Certified Anti-Money Laundering Specialist (CAMS), 2019
- ICA Advanced Certificate in Anti Money Laundering, 2017

#### KEY SKILLS

- MAS Notice 626 / PSN01 compliance
- CDD / EDD and PEP screening
- Transaction monitoring (Actimize, Napier)
- Sanctions screening (World-Check, Dow Jones)
- STR drafting and investigation write-ups
- Regulatory inspection management

#### PERSONAL PARTICULARS

Nationality: Singaporean · Languages: English, Mandarin, Hokkien (spoken) · Notice period: 1 month ·
Expected salary: negotiable
""",
dict(name="Jasmine Tan Wei Ling", email="jasmine.tan.wl@example.com.sg", phone="+65 9555 0127",
     experience=[
        job("Meridian Straits Bank Ltd", "Assistant Vice President, Financial Crime Compliance", "Apr 2021", None),
        job("Orchid Private Bank AG", "Senior Associate, Transaction Monitoring", "Jan 2018", "Mar 2021"),
        job("Lumen Digital Payments Pte. Ltd.", "Associate, KYC Operations", "Jul 2015", "Dec 2017"),
     ],
     skills=["MAS Notice 626 / PSN01 compliance", "CDD / EDD and PEP screening", "Transaction monitoring (Actimize, Napier)",
             "Sanctions screening (World-Check, Dow Jones)", "STR drafting and investigation write-ups",
             "Regulatory inspection management"])))

# ---------------------------------------------------------------- 16  Academic CV, postdoc physics (Switzerland)
R.append(("w7_16_postdoc_physicist_md", """
# Curriculum Vitae

## Dr. João Pedro Almeida Ferreira

Physik-Institut, University of Zurich, Winterthurerstrasse 190, 8057 Zürich, Switzerland
Tel. +41 44 555 28 61 — joao.ferreira@example.ch — ORCID 0000-0002-5555-1234

Born 1990, Porto (Portugal) · Portuguese citizen · Swiss B permit

### Research interests
Quantum materials; unconventional superconductivity; ARPES and low-temperature transport in
kagome metals and van der Waals heterostructures.

### Academic positions
- **2022–present** — Postdoctoral Researcher, University of Zurich (Physik-Institut, group of Prof. M. Keller)
- **2019–2022** — Marie Skłodowska-Curie Postdoctoral Fellow, Technical University of Munich (Physics Department)
- **2015–2019** — Teaching Assistant (part-time), University of Porto (Faculty of Sciences)

### Education
- **2019** — PhD in Physics, University of Porto. Thesis: *Charge order and superconductivity in layered
  dichalcogenides* (summa cum laude)
- **2014** — MSc in Physics Engineering, University of Porto
- **2012** — BSc in Physics, University of Porto

### Grants, fellowships and awards
- SNSF Spark grant (CHF 98,000), 2023
- Marie Skłodowska-Curie Individual Fellowship (EUR 174,000), 2019–2021
- Best PhD Thesis Award, Portuguese Physical Society, 2020

### Selected publications (18 total, h-index 11)
1. **J. P. A. Ferreira**, L. Schmid, M. Keller. *Pair-density wave signatures in CsV₃Sb₅.* Phys. Rev. Lett. 131, 056401 (2023).
2. A. Weber, **J. P. A. Ferreira**, *et al.* *Twist-angle dependence of interlayer excitons in WSe₂/MoSe₂.* Nature Physics 18, 1240 (2022).
3. **J. P. A. Ferreira** *et al.* *Nematic fluctuations in FeSe₁₋ₓSₓ.* Phys. Rev. B 101, 184512 (2020).

### Invited talks
- APS March Meeting, Minneapolis, 2024 · DPG Spring Meeting, Dresden, 2023 · SPS Annual Meeting, Lausanne, 2023

### Teaching & supervision
- Co-supervised 2 PhD and 4 MSc students; lecturer for "Solid State Physics II" exercises (UZH, 2023–24)

### Skills
- Angle-resolved photoemission (ARPES), synchrotron beamtime (SLS, BESSY II, Diamond)
- Dilution refrigerators and low-noise transport (lock-in)
- Thin-flake exfoliation and dry-transfer stacking
- Python (NumPy, SciPy, lmfit), Igor Pro, LabVIEW
- DFT band-structure comparison (Quantum ESPRESSO)

### Languages
Portuguese (native), English (fluent), German (B1), Spanish (good)

### Service
Referee for PRL, PRB, npj Quantum Materials · Organiser, Zurich Quantum Matter Seminar (2023–)
""",
dict(name="João Pedro Almeida Ferreira", email="joao.ferreira@example.ch", phone="+41 44 555 28 61",
     experience=[
        job("University of Zurich", "Postdoctoral Researcher", "2022", None),
        job("Technical University of Munich", "Marie Skłodowska-Curie Postdoctoral Fellow", "2019", "2022"),
        job("University of Porto", "Teaching Assistant (part-time)", "2015", "2019"),
     ],
     skills=["Angle-resolved photoemission (ARPES), synchrotron beamtime (SLS, BESSY II, Diamond)",
             "Dilution refrigerators and low-noise transport (lock-in)", "Thin-flake exfoliation and dry-transfer stacking",
             "Python (NumPy, SciPy, lmfit), Igor Pro, LabVIEW", "DFT band-structure comparison (Quantum ESPRESSO)"])))

for base, text, t in R:
    write_text(base + ".md", text)
    write_truth(base, **t)
print("md:", len(R))
