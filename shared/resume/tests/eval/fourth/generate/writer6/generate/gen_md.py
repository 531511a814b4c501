"""Markdown resumes w6_11 .. w6_16."""
from common import job, truth, write_text, write_truth

R = []

# ---------------------------------------------------------------- 11
t11 = """
# Thijs van der Meulen

**Senior iOS Developer** · Utrecht, Netherlands  
📞 +31 6 5555 0193 · ✉️ thijs@vandermeulen.example · [github.com/thijsvdm-example](https://github.com/thijsvdm-example)

---

## About

iOS developer with 9 years of shipping apps used by millions of Dutch
households. I care about accessibility, modular architecture and fast,
boring releases. Currently leading the iOS guild (6 devs) at Tulpwerk.

## Experience

### Tulpwerk B.V. — Amsterdam

**Senior iOS Developer** · _Apr 2021 – present_

- Lead developer of the Tulpwerk grocery app (4.7★, ~1.2M MAU); migrated 60% of UIKit screens to SwiftUI.
- Split the monolith into 38 Swift Package modules with Tuist; clean build time 11 → 4 min.
- Introduced snapshot testing and a weekly release train (Fastlane + Bitrise).
- Mentor for two medior developers; run the iOS interview loop.

**iOS Developer** · _Sep 2019 – Mar 2021_

- Built checkout and iDEAL payments flow; Apple Pay integration.
- WCAG 2.1 AA audit fixes — VoiceOver and Dynamic Type across the app.

### Kraan Mobile (own company, freelance)

**Freelance iOS Developer** · _2016 – 2019_

Clients included a regional newspaper, a bike-sharing start-up and a Dutch insurer.

- Offline-first reader app with Core Data and background downloads.
- Bluetooth LE unlock flow for e-bikes (CoreBluetooth).

### Fietsdata — Utrecht

**Intern, Mobile Team** · _Feb 2015 – Jul 2015_

- Graduation internship: prototype route-planner widget for iOS 8 (Objective-C).

## Skills

| Area       | Tools                                       |
|------------|---------------------------------------------|
| Languages  | Swift, Objective-C, Kotlin (basic)          |
| Frameworks | SwiftUI, UIKit, Combine, Core Data, XCTest  |
| Tooling    | Xcode, Fastlane, Bitrise, Git, Tuist        |

## Side projects

- **Spoorloos** — open-source NS train departure widget (900 ★ on GitHub).

## Education

**BSc HBO-ICT (Software Engineering)** — Hogeschool Utrecht, 2011 – 2015

## Languages

Dutch (native) · English (C2) · German (B1)
"""
R.append(("w6_11_ios_developer_md", t11, truth(
    "Thijs van der Meulen", "thijs@vandermeulen.example", "+31 6 5555 0193",
    [job("Tulpwerk B.V.", "Senior iOS Developer", "Apr 2021"),
     job("Tulpwerk B.V.", "iOS Developer", "Sep 2019", "Mar 2021"),
     job("Kraan Mobile", "Freelance iOS Developer", "2016", "2019"),
     job("Fietsdata", "Intern, Mobile Team", "Feb 2015", "Jul 2015")],
    ["Swift", "Objective-C", "Kotlin (basic)", "SwiftUI", "UIKit", "Combine",
     "Core Data", "XCTest", "Xcode", "Fastlane", "Bitrise", "Git", "Tuist"])))

# ---------------------------------------------------------------- 12
t12 = """
Rhiannon Pryce
==============

Field Archaeologist · Project Officer · PCIfA

Cardiff · 07700 900215 · rhiannon.pryce@example.org.uk
Full UK driving licence · CSCS card (Labourer, valid to 2026)


Profile
-------

Commercial field archaeologist with eight years on developer-funded
excavations across Wales and England — from evaluation trenching on wet
January mornings to running 20-person open-area excavations. Comfortable
with everything from Bronze Age cremation cemeteries to post-medieval
industrial sites, and with writing it all up afterwards.


Employment
----------

**Project Officer** — Brython Heritage Ltd, Cardiff  
*Mar 2022 – present*

* Direct excavations of up to 20 staff (largest: 2.4 ha housing site, Bridgend).
* Write WSIs, interim and post-excavation assessment reports; liaise with
  GGAT/Heneb curators and clients' consultants.
* Manage site H&S, RAMS and plant; budget control on projects up to £350k.

**Archaeological Supervisor** — Brython Heritage Ltd, Cardiff  
*Oct 2019 – Feb 2022*

* Supervised site teams on evaluations and watching briefs; trained new starters in single-context recording.

**Site Assistant** — Fenland Archaeological Services, Cambridge  
*Jan 2018 – Sep 2019 · series of fixed-term contracts*

* A14 road scheme and several quarry extensions: Iron Age roundhouses,
  Roman field systems, Anglo-Saxon SFBs.

**Site Assistant** — Marcher Archaeology CIO, Shrewsbury  
*Summer 2017* (3-month contract)

**Finds Assistant (part-time)** — Oxbow Archaeological Trust, Oxford  
*2016–17*

* Washing, marking and bagging; basic pottery spot-dating alongside my MA.


Education
---------

* MA Landscape Archaeology, University of Bristol — 2016
* BA (Hons) Archaeology, Cardiff University — 2015 (2:1)


Fieldwork as a student (unpaid)
-------------------------------

* Training excavation, Caerau hillfort — Summer 2013 and Summer 2014
* Community dig volunteer, Llancaiach Fawr — Easter 2015


Skills
------

* Single-context recording
* Leica GS18 GNSS and total station survey
* QGIS & AutoCAD (plan digitising)
* Environmental sampling
* Human remains excavation (inhumations & cremations)
* Finds processing & basic pottery ID (Roman/medieval)
* First Aid at Work


References
----------

Available on request.
"""
R.append(("w6_12_field_archaeologist_md", t12, truth(
    "Rhiannon Pryce", "rhiannon.pryce@example.org.uk", "07700 900215",
    [job("Brython Heritage Ltd", "Project Officer", "Mar 2022"),
     job("Brython Heritage Ltd", "Archaeological Supervisor", "Oct 2019", "Feb 2022"),
     job("Fenland Archaeological Services", "Site Assistant", "Jan 2018", "Sep 2019"),
     job("Marcher Archaeology CIO", "Site Assistant", "Summer 2017"),
     job("Oxbow Archaeological Trust", "Finds Assistant (part-time)", "2016", "17")],
    ["Single-context recording", "Leica GS18 GNSS and total station survey",
     "QGIS & AutoCAD (plan digitising)", "Environmental sampling",
     "Human remains excavation (inhumations & cremations)",
     "Finds processing & basic pottery ID (Roman/medieval)", "First Aid at Work"])))

# ---------------------------------------------------------------- 13
t13 = """
# Priya Raman
## Clinical Audiologist — MAudSA (CCP)

Adelaide SA 5000 · 0491 570 158 · priya.raman@example.com.au

### Summary

Audiologist with 10 years' experience across paediatric hospital, private
clinic and remote outreach settings. Particular interest in infant
diagnostic assessment and cochlear implant candidacy. NDIS and Hearing
Services Program (HSP) experienced.

### Employment

**Senior Audiologist**, SoundCare Hearing Clinics — Adelaide, SA  
Feb 2020 – current

- Clinical lead for 3 clinics and 5 audiologists; peer review and CPD program.
- Adult diagnostic assessment, hearing aid fitting with REM, tinnitus clinics.
- Built referral pathway with two ENT groups; CI candidacy referrals up 40%.

**Audiologist (Locum)**, Outback Hearing Outreach — Alice Springs, NT  
Aug 2019 – Jan 2020

- Fly-in/fly-out clinics to remote Aboriginal communities; otitis media
  screening and tympanometry in schools, working with Aboriginal Health Workers.

*Parental leave, Mar 2018 – Jul 2019*

**Paediatric Audiologist**, Riverside Health Network — Adelaide, SA  
Jan 2015 – Feb 2018

- ABR/ASSR under natural sleep for newborn hearing screening referrals.
- VROA and play audiometry; paediatric hearing aid fitting (DSL v5).

**Audiologist (Graduate)**, ClearTone Audiology — Melbourne, VIC  
2013 – 2014

### Education

- Master of Clinical Audiology — University of Melbourne, 2012
- Bachelor of Science (Psychology) — Monash University, 2010

### Skills

- Diagnostic audiometry (adult & paediatric)
- ABR / ASSR and OAE testing
- Visual reinforcement orientation audiometry (VROA)
- Hearing aid fitting & real-ear measurement (Phonak, Oticon, Signia)
- Cochlear implant mapping (Custom Sound)
- Tinnitus management
- Auslan (basic)

### Registrations & checks

- Audiology Australia — Certificate of Clinical Practice (full)
- NDIS Worker Screening Check; SA Working with Children Check
- Current CPR (HLTAID009)

*Referees available on request.*
"""
R.append(("w6_13_audiologist_md", t13, truth(
    "Priya Raman", "priya.raman@example.com.au", "0491 570 158",
    [job("SoundCare Hearing Clinics", "Senior Audiologist", "Feb 2020"),
     job("Outback Hearing Outreach", "Audiologist (Locum)", "Aug 2019", "Jan 2020"),
     job("Riverside Health Network", "Paediatric Audiologist", "Jan 2015", "Feb 2018"),
     job("ClearTone Audiology", "Audiologist (Graduate)", "2013", "2014")],
    ["Diagnostic audiometry (adult & paediatric)", "ABR / ASSR and OAE testing",
     "Visual reinforcement orientation audiometry (VROA)",
     "Hearing aid fitting & real-ear measurement (Phonak, Oticon, Signia)",
     "Cochlear implant mapping (Custom Sound)", "Tinnitus management",
     "Auslan (basic)"])))

# ---------------------------------------------------------------- 14
t14 = """
**THANDEKA NOMVULA MOKOENA** Pr. Pln (A/1234/2016)  
Professional Town and Regional Planner

Centurion, Gauteng | +27 82 555 0139 | thandeka.mokoena@example.co.za  
SACPLAN registered · SAPI member · Driver's licence Code B

---

**PROFESSIONAL PROFILE**

Registered professional planner with ten years in local government and
private consulting. Experienced in land use management under SPLUMA,
municipal planning tribunals, township establishment and spatial
development frameworks. Fluent in English, isiZulu, Sesotho and Afrikaans.

---

**EMPLOYMENT HISTORY**

**Plan Afrika Consulting (Pty) Ltd** – Centurion  
*Senior Town Planner* | 2019 – Present

- Project lead for 30+ rezoning, consent use and subdivision applications a year.
- Township establishment for a 1,100-erf mixed-income development (approved 2022).
- Compiled the Emfuleni Precinct Plan and a district SDF review.
- Represent clients at Municipal Planning Tribunals and appeal authorities.

**Vaal River District Municipality** – Vereeniging  
*Town Planner* | 2016 – 2019

- Assessed land use applications and wrote tribunal reports.
- Drafted the municipal Land Use Scheme (SPLUMA-compliant), adopted 2018.

*Candidate Planner* | 2014 – 2016

- Zoning certificates, building plan scrutiny, GIS updates of the zoning map.

**Highveld Planning Associates CC** – Johannesburg  
*Planning Intern (vacation work)* | Dec 2012 – Jan 2013

---

**QUALIFICATIONS**

- Master of Town and Regional Planning (MTRP) – University of Pretoria, 2014
- Bachelor of Town and Regional Planning (BTRP) – University of Pretoria, 2012

---

**SKILLS**

- Land use applications (SPLUMA & municipal by-laws)
- Spatial Development Frameworks (SDFs)
- Township establishment & rezoning
- ArcGIS Pro / QGIS
- Public participation facilitation
- Report writing & tribunal presentations

---

**REFERENCES**

Mr S. Naidoo, Director, Plan Afrika Consulting – 012 555 0190  
Ms L. van Wyk, Head: Development Planning, Vaal River DM – 016 555 0173
"""
R.append(("w6_14_town_planner_md", t14, truth(
    "Thandeka Nomvula Mokoena", "thandeka.mokoena@example.co.za", "+27 82 555 0139",
    [job("Plan Afrika Consulting (Pty) Ltd", "Senior Town Planner", "2019"),
     job("Vaal River District Municipality", "Town Planner", "2016", "2019"),
     job("Vaal River District Municipality", "Candidate Planner", "2014", "2016"),
     job("Highveld Planning Associates CC", "Planning Intern (vacation work)", "Dec 2012", "Jan 2013")],
    ["Land use applications (SPLUMA & municipal by-laws)",
     "Spatial Development Frameworks (SDFs)", "Township establishment & rezoning",
     "ArcGIS Pro / QGIS", "Public participation facilitation",
     "Report writing & tribunal presentations"])))

# ---------------------------------------------------------------- 15
t15 = """
# WANJIRU KAMAU
### Communications & Public Relations Officer
Nairobi, Kenya | +254 722 555 018 | wanjiru.kamau@example.co.ke | LinkedIn: /in/wanjirukamau-example

## PROFILE
A creative and results-driven communications professional with 8 years of
experience in NGO and cooperative-sector communications, media relations and
digital storytelling in English and Kiswahili.

## WORK EXPERIENCE

**Communications Officer** | Maji Safi Trust | Nairobi | March 2019 – To date
- Develop and implement the annual communications strategy for a WASH
  programme reaching 400,000 people in 6 counties.
- Secured 120+ media mentions (Nation, Standard, Citizen TV, Radio Jambo) in 2023.
- Grew social media following from 8k to 46k; manage a KES 2.1M comms budget.
- Produce donor reports, case studies and photo stories for USAID and FCDO partners.

**Communications Assistant** | Kilimo Bora Cooperative Union | Nakuru | June 2016 – February 2019
- Quarterly farmer newsletter (print run 15,000) and SMS campaigns.
- Organised the annual delegates' meeting and field days for 3,000 farmers.

**Freelance Correspondent** | The Rift Weekly | Nakuru | 2014 – 2016
- Features on agriculture, county government and youth enterprise.

**Intern, Corporate Communications** | Rift Valley Tea Growers Agency | Kericho | May 2014 – August 2014

## EDUCATION
- **Bachelor of Arts in Communication and Media Studies** (Second Class Honours, Upper Division) — Moi University, 2014
- **Certificate in Digital Marketing** — Kenya Institute of Mass Communication, 2020
- **KCSE** — Mean grade A- (minus), 2009

## SKILLS
- Media relations & press releases
- Social media management (Meta Business Suite, Hootsuite)
- Content writing in English and Kiswahili
- Photography & basic video (Canva, Premiere Rush)
- Event & stakeholder engagement
- Crisis communication

## VOLUNTEER WORK
- Communications Volunteer, Nakuru Youth Climate Network (2017 – 2019)

## REFEREES
1. **Mr. Peter Otieno**, Programmes Director, Maji Safi Trust — +254 733 555 201 · p.otieno@example.org
2. **Dr. Grace Chebet**, Lecturer, Department of Communication Studies, Moi University — +254 711 555 309
3. **Ms. Ann Njeri**, General Manager, Kilimo Bora Cooperative Union — +254 720 555 412
"""
R.append(("w6_15_communications_officer_md", t15, truth(
    "Wanjiru Kamau", "wanjiru.kamau@example.co.ke", "+254 722 555 018",
    [job("Maji Safi Trust", "Communications Officer", "March 2019"),
     job("Kilimo Bora Cooperative Union", "Communications Assistant", "June 2016", "February 2019"),
     job("The Rift Weekly", "Freelance Correspondent", "2014", "2016"),
     job("Rift Valley Tea Growers Agency", "Intern, Corporate Communications", "May 2014", "August 2014")],
    ["Media relations & press releases",
     "Social media management (Meta Business Suite, Hootsuite)",
     "Content writing in English and Kiswahili",
     "Photography & basic video (Canva, Premiere Rush)",
     "Event & stakeholder engagement", "Crisis communication"])))

# ---------------------------------------------------------------- 16
t16 = """
# CURRICULUM VITAE

**SREEKANTH REDDY GUNDLAPALLI**  
Email: sreekanth.dba@example.com  
Mobile: +91-98455 50123  
Location: Bengaluru, Karnataka

---

## CAREER OBJECTIVE
To work in a challenging environment where I can utilise my skills in Oracle
database administration and contribute to the growth of the organisation
while enhancing my technical knowledge.

## PROFESSIONAL SUMMARY
* Having **11+ years** of IT experience as Oracle Database Administrator in
  production, development and UAT environments.
* Expertise in installation, patching (RU/RUR, OJVM) and upgrades from 11g to 19c.
* Hands-on experience on **RAC**, **Data Guard** and **GoldenGate** replication.
* Performed Exadata X8M migrations and OCI lift-and-shift of 40+ databases.
* Good exposure to performance tuning using AWR, ASH, ADDM and SQL Tuning Advisor.
* Worked in 24x7 on-call support with ITIL process (ServiceNow).

## TECHNICAL SKILLS

| Category | Details |
|---|---|
| Databases | Oracle 11g/12c/19c, MySQL 8, PostgreSQL 13 |
| High Availability | RAC, Data Guard, GoldenGate |
| Backup & Recovery | RMAN, Data Pump |
| Tools | OEM 13c, AWR/ASH, SQL Developer, Toad |
| Cloud | OCI, AWS RDS |
| Operating Systems | RHEL 7/8, Oracle Linux, AIX, Solaris |
| Scripting | Shell, Python (basic) |

## WORK EXPERIENCE
* Working as **Senior Oracle DBA** in **Kaveri Infotech Solutions Pvt. Ltd.**, Bengaluru from **Aug 2019 to till date**.
* Worked as **Oracle DBA** in **Sahyadri Systems Ltd.**, Pune from **June 2015 to July 2019**.
* Worked as **Associate Software Engineer – DBA** in **Deccan Softech Pvt. Ltd.**, Hyderabad from **Jan 2013 to May 2015**.

## PROJECTS

### Project #1
**Client:** Leading UK retail bank  
**Role:** Senior Oracle DBA  
**Duration:** Aug 2019 – till date  
**Environment:** Oracle 19c RAC, Exadata X8M, OEM 13c, GoldenGate 19c

**Responsibilities:**
* Administering 120+ production databases (2 TB to 38 TB) on Exadata.
* Quarterly RU patching with zero-downtime rolling patching on RAC.
* Configured Data Guard broker and fast-start failover for DR drills.
* Led 11g to 19c upgrade of 35 databases using AutoUpgrade.

### Project #2
**Client:** US health insurance company  
**Role:** Oracle DBA  
**Duration:** June 2015 – July 2019  
**Environment:** Oracle 11g/12c, AIX 7.1, RMAN, NetBackup

**Responsibilities:**
* RMAN backup strategy, restore testing and cloning of UAT from production.
* Tablespace management, user management and auditing as per HIPAA.
* Performance tuning using AWR reports, SQL profiles and baselines.

### Project #3
**Client:** Indian telecom operator (billing)  
**Role:** Associate DBA  
**Duration:** Jan 2013 – May 2015  
**Environment:** Oracle 10g/11g, Solaris 10

**Responsibilities:**
* Monitoring alert logs, space, and scheduled jobs; L1/L2 ticket handling.

## EDUCATION

| Qualification | University / Board | Year | Percentage |
|---|---|---|---|
| B.Tech (ECE) | JNTU Anantapur | 2012 | 72.4% |
| Intermediate (MPC) | Board of Intermediate Education, AP | 2008 | 91.2% |
| SSC | Board of Secondary Education, AP | 2006 | 88% |

## CERTIFICATIONS
* Oracle Certified Professional (OCP) – Oracle Database 12c Administrator
* Oracle Cloud Infrastructure 2023 Certified Architect Associate

## PERSONAL DETAILS
| | |
|---|---|
| Father's Name | G. Venkata Reddy |
| Date of Birth | 12-07-1990 |
| Gender | Male |
| Marital Status | Married |
| Languages Known | English, Telugu, Hindi, Kannada |
| Passport | Available |

## DECLARATION
I hereby declare that the above-mentioned information is true to the best of
my knowledge and belief.

**Place:** Bengaluru  
**Date:**  
**(SREEKANTH REDDY G)**
"""
R.append(("w6_16_oracle_dba_md", t16, truth(
    "Sreekanth Reddy Gundlapalli", "sreekanth.dba@example.com", "+91-98455 50123",
    [job("Kaveri Infotech Solutions Pvt. Ltd.", "Senior Oracle DBA", "Aug 2019"),
     job("Sahyadri Systems Ltd.", "Oracle DBA", "June 2015", "July 2019"),
     job("Deccan Softech Pvt. Ltd.", "Associate Software Engineer – DBA", "Jan 2013", "May 2015")],
    ["Oracle 11g/12c/19c", "MySQL 8", "PostgreSQL 13", "RAC", "Data Guard",
     "GoldenGate", "RMAN", "Data Pump", "OEM 13c", "AWR/ASH", "SQL Developer",
     "Toad", "OCI", "AWS RDS", "RHEL 7/8", "Oracle Linux", "AIX", "Solaris",
     "Shell", "Python (basic)"])))

if __name__ == "__main__":
    for base, text, tr in R:
        write_text(base, "md", text)
        write_truth(base, tr)
    print("md:", len(R))
