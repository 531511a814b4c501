# Generates the 6 Markdown resumes (w9_11 .. w9_16) and their truth files.
from common import job, write_truth, write_text

R = []

# ---------------------------------------------------------------- 11 Salesforce administrator, Romania
R.append(dict(
base="w9_11_salesforce_admin_md",
text="""
# Andreea-Ioana Moldovan

**Salesforce Administrator** · Cluj-Napoca, Romania · open to remote (EU)

📞 +40 722 555 917 · ✉️ [andreea.moldovan@example.ro](mailto:andreea.moldovan@example.ro) · [linkedin.com/in/andreea-moldovan-sf](https://linkedin.com/in/andreea-moldovan-sf) · Trailhead: Ranger ⭐

---

## Summary

5× certified Salesforce Admin with 7+ years in CRM, the last five on Sales
Cloud and Service Cloud for leasing and SaaS clients in DACH and Romania.
I like clean data models, boring deployments and Flows that somebody else
can read.

## Experience

### Carpathia Digital SRL — Cluj-Napoca

**Senior Salesforce Administrator** · *Jan 2022 – present*

- Own two production orgs (1,100 users) for a German equipment-leasing client
- Migrated 140 Workflow Rules and Process Builders to Record-Triggered Flows
- Introduced DevOps Center + sandbox strategy; release failures down 70%
- Mentor 3 junior admins, run the internal Admin Guild

**Salesforce Administrator** · *Mar 2020 – Dec 2021*

- Service Cloud roll-out (Omni-Channel, Email-to-Case, Knowledge) for 300 agents
- Built 60+ reports and dashboards for account managers

### Transilvania Leasing IFN S.A. — Bucharest (remote)

**CRM Specialist** · *Sep 2017 – Feb 2020*

- Administered Microsoft Dynamics CRM, then led the data migration to Salesforce
- Data Loader clean-up of 400k accounts and contacts; duplicate rules

### Helios BPO Services — Cluj-Napoca

**Customer Support Agent (German)** · *Jul 2015 – Aug 2017*

- 1st-level support for an Austrian telecom; Salesforce as a user

## Skills

| Area | Skills |
|------|--------|
| Platform | Sales Cloud, Service Cloud, Experience Cloud |
| Automation | Flow Builder, Approval Processes, Validation Rules |
| Data | Data Loader, Dataloader.io, Duplicate Management |
| Release | Change Sets, DevOps Center, Gearset |
| Other | SOQL basics, Jira, Confluence |

## Certifications

- Salesforce Certified Administrator (2019)
- Salesforce Certified Advanced Administrator (2021)
- Salesforce Certified Platform App Builder (2021)
- Salesforce Certified Service Cloud Consultant (2022)
- Salesforce Certified Sales Cloud Consultant (2023)

## Education

**Babeș-Bolyai University**, Cluj-Napoca — BA in Applied Modern Languages (German–English), 2012 – 2015

## Languages

Romanian (native) · English (C1) · German (C1, ÖSD) · Hungarian (A2)
""",
truth=dict(
    name="Andreea-Ioana Moldovan", email="andreea.moldovan@example.ro", phone="+40 722 555 917",
    experience=[
        job("Carpathia Digital SRL", "Senior Salesforce Administrator", "Jan 2022", None),
        job("Carpathia Digital SRL", "Salesforce Administrator", "Mar 2020", "Dec 2021"),
        job("Transilvania Leasing IFN S.A.", "CRM Specialist", "Sep 2017", "Feb 2020"),
        job("Helios BPO Services", "Customer Support Agent (German)", "Jul 2015", "Aug 2017"),
    ],
    skills=[
        "Sales Cloud", "Service Cloud", "Experience Cloud",
        "Flow Builder", "Approval Processes", "Validation Rules",
        "Data Loader", "Dataloader.io", "Duplicate Management",
        "Change Sets", "DevOps Center", "Gearset",
        "SOQL basics", "Jira", "Confluence",
    ]),
))

# ---------------------------------------------------------------- 12 dive instructor, Fiji
R.append(dict(
base="w9_12_dive_instructor_md",
text="""
**LOSANA TUIVAGA**
PADI Master Scuba Diver Trainer (#355120) · EFR Instructor
Pacific Harbour, Viti Levu, Fiji
Ph: +679 955 5123 — losana.dives@example.com

---

**ABOUT**

Fijian-born dive professional, 11 years on the water. 1,900+ logged dives,
~450 certifications issued. Shark dive specialist (Beqa Lagoon bull sharks)
and happiest with nervous beginners and kids' Bubblemaker groups.

---

**EXPERIENCE**

*2021 – now* · **PADI Master Scuba Diver Trainer** · Bula Reef Divers, Pacific Harbour
- Teach Open Water through Divemaster and 8 specialty courses
- Lead guide on Beqa Lagoon shark feeds (30 m, 60–80 divers a week)
- Boat captain (Fiji MSAF Class 6 licence) and compressor/Nitrox blending

*05/2019 – 10/2019* · **Dive Guide (liveaboard season)** · Vanua Explorer Liveaboards
- 10-night itineraries to Bligh Water and the Namena reserve, 16 guests
- Daily briefings, navigation, night dives, guest photo help

*2016 – 2019* · **Divemaster → Assistant Instructor** · Coral Coast Dive Co., Sigatoka
- Guided up to 4 dives per day; equipment rental and servicing
- Became PADI Open Water Scuba Instructor in 2018

*2013 – 2016* · **Water Sports Attendant** · Sigatoka Sands Resort
- Snorkel tours, kayak and paddle board hire, beach safety

---

**CERTIFICATIONS**
- PADI MSDT (2020) · IDC Staff Instructor (in progress)
- Emergency First Response Instructor
- DAN Oxygen First Aid Provider
- Fiji MSAF Boat Master Class 6

---

**SKILLS**
- Shark dive briefing and safety
- Nitrox blending and compressor maintenance
- Small-boat handling
- Teaching in English, Fijian and basic Japanese
- Underwater photography (Olympus TG-6)
- Reef Check EcoDiver surveys

---

**EDUCATION**
Adi Cakobau School, Sawani — Form 7 Certificate, 2012
Fiji National University — Certificate IV in Tourism (Hospitality), 2014

*Referees on request — Bula Reef Divers and Coral Coast Dive Co. managers.*
""",
truth=dict(
    name="Losana Tuivaga", email="losana.dives@example.com", phone="+679 955 5123",
    experience=[
        job("Bula Reef Divers", "PADI Master Scuba Diver Trainer", "2021", None),
        job("Vanua Explorer Liveaboards", "Dive Guide (liveaboard season)", "05/2019", "10/2019"),
        job("Coral Coast Dive Co.", "Divemaster → Assistant Instructor", "2016", "2019"),
        job("Sigatoka Sands Resort", "Water Sports Attendant", "2013", "2016"),
    ],
    skills=[
        "Shark dive briefing and safety",
        "Nitrox blending and compressor maintenance",
        "Small-boat handling",
        "Teaching in English, Fijian and basic Japanese",
        "Underwater photography (Olympus TG-6)",
        "Reef Check EcoDiver surveys",
    ]),
))

# ---------------------------------------------------------------- 13 winemaker, Georgia
R.append(dict(
base="w9_13_winemaker_md",
text="""
# Nino Beridze
## Winemaker — qvevri & European-style wines

Telavi, Kakheti, Georgia
+995 599 55 47 21 | nino.beridze@example.ge

---

### Profile

Oenologist with ten vintages in Kakheti plus two harvests abroad
(Burgundy, Canterbury NZ). Responsible for 1.2 million bottles a year,
from Saperavi and Rkatsiteli in qvevri to a sparkling brut programme.

---

### Work experience

**Chief Winemaker**
*Alazani Terrace Winery LLC*, Kvareli
2019 – present

* Full responsibility for cellar (42 qvevri, 1.8 ML stainless, 300 barrels) and team of 9
* Launched traditional-method sparkling line (2021), now 60,000 bottles/yr
* Gold, Decanter World Wine Awards 2023 — Saperavi Qvevri 2020
* Grape purchase contracts with 70 family growers

**Assistant Winemaker**
*Mukuzani Cellars JSC*, Gurjaani
2015 – 2019

* Fermentation management, lab analysis (FTIR, SO2, VA), blending trials
* Export compliance paperwork for China, Poland and Ukraine

**Cellar Hand (vintage 2015)**
*Kōwhai Ridge Wines*, Waipara, New Zealand
Feb 2015 – May 2015

* Pinot noir plunging, pressing, barrel work; forklift

**Harvest Intern**
*Domaine Ferrand*, Beaune, France
Sept. 2014 – Nov. 2014

* Sorting table, pump-overs, pied de cuve yeast starters

---

### Education

- **MSc Viticulture & Oenology** — Agricultural University of Georgia, Tbilisi (2014)
- **BSc Food Technology** — Telavi State University (2012)
- WSET Level 3 Award in Wines (2018)

---

### Skills

Qvevri winemaking, Traditional-method sparkling wine, Sensory analysis, Wine lab analysis (FTIR), Blending, Cellar team management, Vineyard grower relations, HACCP

### Languages

Georgian (native), Russian (fluent), English (fluent), French (B1)
""",
truth=dict(
    name="Nino Beridze", email="nino.beridze@example.ge", phone="+995 599 55 47 21",
    experience=[
        job("Alazani Terrace Winery LLC", "Chief Winemaker", "2019", None),
        job("Mukuzani Cellars JSC", "Assistant Winemaker", "2015", "2019"),
        job("Kōwhai Ridge Wines", "Cellar Hand (vintage 2015)", "Feb 2015", "May 2015"),
        job("Domaine Ferrand", "Harvest Intern", "Sept. 2014", "Nov. 2014"),
    ],
    skills=[
        "Qvevri winemaking", "Traditional-method sparkling wine", "Sensory analysis",
        "Wine lab analysis (FTIR)", "Blending", "Cellar team management",
        "Vineyard grower relations", "HACCP",
    ]),
))

# ---------------------------------------------------------------- 14 HSE officer, Nigeria
R.append(dict(
base="w9_14_hse_officer_md",
text="""
# CURRICULUM VITAE

## CHUKWUEMEKA OBINNA EZE (MNISP)

**Address:** No. 17 Aba Road, Rumuokoro, Port Harcourt, Rivers State
**Phone:** +234 803 555 2147
**E-mail:** emeka.eze@example.com.ng

---

## CAREER OBJECTIVE

To work in a safety-driven organisation where my NEBOSH and ISO 45001
training and 10 years of field HSE experience in oil & gas construction
can help achieve zero Lost Time Injury.

---

## PERSONAL DATA

* **Date of Birth:** 21st May, 1989
* **State of Origin:** Enugu State
* **L.G.A.:** Nsukka
* **Marital Status:** Married
* **Nationality:** Nigerian

---

## WORK EXPERIENCE

**March 2020 to date**
**Hydrotek Energy Services Ltd** – Port Harcourt
*Position: Senior HSE Officer*

* Coordinate HSE for flowline replacement and well-head maintenance projects (up to 250 workers)
* Conduct Job Hazard Analysis, toolbox talks and Permit-to-Work audits
* Investigate incidents using ICAM; reduced TRIR from 1.9 to 0.6 in two years
* Prepare monthly HSE statistics for the client (IOC) and DPR/NUPRC inspections

**June 2017 to February 2020**
**Hydrotek Energy Services Ltd** – Port Harcourt
*Position: HSE Officer*

* Daily site inspections, PPE compliance and waste manifest tracking
* Organised fire drills and first aid training for 3 yards

**January 2015 to May 2017**
**Niger Delta Pipeline Contractors Ltd** – Warri, Delta State
*Position: HSE Supervisor (Contract)*

* Supervised safety on a 32 km pipeline right-of-way; community liaison

**November 2013 to October 2014**
**Akwa Ibom State Ministry of Environment** – Uyo
*Position: Corps Member (NYSC)*

* Environmental monitoring of markets and abattoirs; sanitation campaigns

---

## EDUCATIONAL QUALIFICATIONS WITH DATES

| Institution | Qualification | Year |
|---|---|---|
| Federal University of Technology, Owerri | B.Eng. Chemical Engineering (Second Class Upper) | 2012 |
| Federal Government College, Enugu | Senior School Certificate (WAEC) | 2006 |

---

## PROFESSIONAL CERTIFICATIONS

* NEBOSH International General Certificate (IGC) – 2016
* ISO 45001:2018 Lead Auditor (IRCA) – 2021
* HSE Level 3 – Institute of Safety Professionals of Nigeria (ISPON) – 2015
* BOSIET with CA-EBS (OPITO) – 2023

---

## CORE COMPETENCIES

* Hazard identification and risk assessment (HIRA)
* Permit-to-Work systems
* Incident investigation (ICAM, 5-Whys)
* Emergency response planning
* Environmental monitoring and waste management
* MS Office and Intelex HSE software

---

## REFERENCES

Available on request.
""",
truth=dict(
    name="Chukwuemeka Obinna Eze", email="emeka.eze@example.com.ng", phone="+234 803 555 2147",
    experience=[
        job("Hydrotek Energy Services Ltd", "Senior HSE Officer", "March 2020", None),
        job("Hydrotek Energy Services Ltd", "HSE Officer", "June 2017", "February 2020"),
        job("Niger Delta Pipeline Contractors Ltd", "HSE Supervisor (Contract)", "January 2015", "May 2017"),
        job("Akwa Ibom State Ministry of Environment", "Corps Member (NYSC)", "November 2013", "October 2014"),
    ],
    skills=[
        "Hazard identification and risk assessment (HIRA)",
        "Permit-to-Work systems",
        "Incident investigation (ICAM, 5-Whys)",
        "Emergency response planning",
        "Environmental monitoring and waste management",
        "MS Office and Intelex HSE software",
    ]),
))

# ---------------------------------------------------------------- 15 3D animator, Canada (Montreal)
R.append(dict(
base="w9_15_3d_animator_md",
text="""
Mathieu Bélanger-Nguyen
=======================

Character Animator — feature film & games
Montréal, QC · 514-555-0148 · mathieu.bn@example.ca
Demo reel: vimeo.com/mbnanim/reel2024 (pw: reel)

Experience
----------

**Pixelfleuve Studios** — Montréal
Senior Animator | Feb 2021 – Present

- Hero character animation on two animated features and one Netflix series
  (body mechanics, acting shots, creature work)
- Sequence lead on 40-shot action sequence; dailies with the animation director
- Mentored 6 junior animators through the studio's apprenticeship

**Mont-Royal Interactive** — Montréal
Animator II | Jun 2018 – Jan 2021

- Gameplay animation (locomotion, combat, traversal) for a AAA third-person title
- Motion capture clean-up in MotionBuilder and integration in Unreal Engine 4
- Worked with tech animators on the animation state machine

**Self-employed** — freelance
Freelance 3D Animator | 2016 – 2018

- Commercials and explainer videos for agencies (Sid Lee, Cossette, small studios)
- Rigging and animation of product spots for a Québec dairy brand

**Lumen Pictures Animation** — Vancouver
Animation Intern | Summer 2015

- Blocking passes and crowd cycles on a direct-to-streaming feature

Selected credits
----------------

* *The Lantern Keepers* (2024, feature) — Senior Animator
* *Polar Post* (2023, series, 8 episodes) — Senior Animator
* *Ashfall: Rebellion* (2020, PS4/PS5/PC) — Animator

Education
---------

Centre NAD (UQAC), Montréal — Bachelor in 3D Animation & Digital Design, 2016
Animation Mentor — Advanced Acting class, 2019

Skills & software
-----------------

* Autodesk Maya
* MotionBuilder
* Unreal Engine 4/5
* Blender
* ShotGrid
* Body mechanics and acting
* Facial animation and lip sync
* Quadruped and creature animation

Languages: French (native), English (fluent), Vietnamese (conversational)
""",
truth=dict(
    name="Mathieu Bélanger-Nguyen", email="mathieu.bn@example.ca", phone="514-555-0148",
    experience=[
        job("Pixelfleuve Studios", "Senior Animator", "Feb 2021", None),
        job("Mont-Royal Interactive", "Animator II", "Jun 2018", "Jan 2021"),
        job("Self-employed", "Freelance 3D Animator", "2016", "2018"),
        job("Lumen Pictures Animation", "Animation Intern", "Summer 2015", None),
    ],
    skills=[
        "Autodesk Maya", "MotionBuilder", "Unreal Engine 4/5", "Blender", "ShotGrid",
        "Body mechanics and acting", "Facial animation and lip sync",
        "Quadruped and creature animation",
    ]),
))

# ---------------------------------------------------------------- 16 pest control technician, Australia
R.append(dict(
base="w9_16_pest_control_technician_md",
text="""
# JARROD PICKERING

**Licensed Pest Management Technician & Timber Pest Inspector**
Penrith NSW 2750 · 0412 555 873 · jarrod.pickering@example.com.au

---

## Career Summary

Licensed pest tech with 8+ years across residential, strata and commercial
food-premises accounts in Western Sydney. Termite specialist — pre-purchase
inspections to AS 4349.3, chemical barriers and baiting systems. Clean
record with NSW EPA and a manager's go-to for difficult customers.

## Licences & Tickets

+ NSW EPA Pest Management Technician Licence (fumigation excluded)
+ CPP30119 Certificate III in Urban Pest Management
+ Timber Pest Inspection — AS 4349.3
+ White Card, Working at Heights, Confined Space
+ Manual driver licence (C), clean record

## Employment History

**Senior Pest Technician / Termite Inspector**
Sunbelt Pest Management Pty Ltd, Penrith NSW
Aug 2019 – Current

+ 6–8 jobs a day: general pest, rodent programmes, termite treatments
+ 250+ pre-purchase timber pest inspections a year with thermal imaging and Termatrac radar
+ Install and monitor Sentricon and Exterra baiting systems
+ Train new techs; run the quarterly food-premises audits for 40 cafés and restaurants

**Pest Technician**
Bugsafe Services, Blacktown NSW
Feb 2016 – Jul 2019

+ General pest control (cockroaches, spiders, ants) and possum relocation
+ Bird proofing (netting, spikes) for strata buildings

**Camp Utility (FIFO, 2-and-1 roster)**
Pilbara Camp Services, Newman WA
2013 – 2015

+ Cleaning, laundry and kitchen hand for a 900-room mining camp

*Sept 2015 – Jan 2016: travel in South-East Asia.*

## Key Skills

+ Termite inspection and treatment
+ Thermal imaging (FLIR) and Termatrac
+ Rodent and stored-product pest programmes
+ Safe chemical handling and SDS
+ ServiceM8 job scheduling
+ Customer communication and quoting

## Volunteering

NSW Rural Fire Service — Volunteer firefighter, Mulgoa Brigade (2017 – present)

## Referees

Available on request.
""",
truth=dict(
    name="Jarrod Pickering", email="jarrod.pickering@example.com.au", phone="0412 555 873",
    experience=[
        job("Sunbelt Pest Management Pty Ltd", "Senior Pest Technician / Termite Inspector", "Aug 2019", None),
        job("Bugsafe Services", "Pest Technician", "Feb 2016", "Jul 2019"),
        job("Pilbara Camp Services", "Camp Utility (FIFO, 2-and-1 roster)", "2013", "2015"),
    ],
    skills=[
        "Termite inspection and treatment",
        "Thermal imaging (FLIR) and Termatrac",
        "Rodent and stored-product pest programmes",
        "Safe chemical handling and SDS",
        "ServiceM8 job scheduling",
        "Customer communication and quoting",
    ]),
))

if __name__ == "__main__":
    assert len(R) == 6
    for r in R:
        write_text(r["base"], "md", r["text"])
        write_truth(r["base"], **r["truth"])
    print("md done", len(R))
