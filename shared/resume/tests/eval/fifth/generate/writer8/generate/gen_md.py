"""Generate the six Markdown resumes (w8_11 .. w8_16) and their truth files."""
from common import job, truth, save_text, save_truth

RESUMES = []


def add(stem, text, t):
    RESUMES.append((stem, text, t))


# ---------------------------------------------------------------------------
# 11 Scrum master / agile coach, USA. ATX headings, company heading with two
# roles, mailto link, mixed "–"/"-" dates, contract role, US Army service,
# categorised skills ("Frameworks: a, b, c").
# ---------------------------------------------------------------------------
add("w8_11_scrum_master_md", """
# Marisol Quintero

**Scrum Master · Agile Coach** — Denver, CO  
720-555-0147 · [marisol.quintero@example.com](mailto:marisol.quintero@example.com) · [linkedin.com/in/marisolquintero](https://www.linkedin.com/in/marisolquintero)

Scrum Master and team-level agile coach with 8 years helping product and
engineering teams in healthcare, logistics and state government deliver
predictably without burning out. Army veteran: I like clear plans, honest
retrospectives and teams that own their process.

## Experience

### Front Range Health Partners — Denver, CO
*Regional health plan, ~1,900 employees*

**Senior Scrum Master / Agile Coach** · Jan. 2021 – Present
- Coach 4 Scrum teams (38 people) on the member-portal and claims-modernization value stream
- Facilitate quarterly PI planning for 9 teams in a SAFe ART; own the ART's ROAM risk board
- Introduced flow metrics and Monte Carlo forecasting; release-date predictability went from 52% to 88%
- Run the internal Scrum Master community of practice (14 members) and mentor 3 new Scrum Masters

**Scrum Master** · Jan. 2019 - Dec. 2020
- Served two teams through the move from waterfall releases to two-week sprints
- Cut average cycle time for defects from 19 to 6 days with WIP limits and a swarming policy

### Peakview Software — Boulder, CO
**Scrum Master (contract)** · Jun. 2017 - Dec. 2018
- 18-month contract with two SaaS teams building route-planning software for freight carriers

### Colorado Department of Revenue — Denver, CO
**Business Analyst** · Aug. 2013 - May 2017
- Wrote user stories and acceptance criteria for the DMV titling system replacement
- Acted as Scrum Master for the pilot agile team from 2016

### U.S. Army — Fort Carson, CO
**Signal Support Systems Specialist (25U)** · 2008 – 2012
- Installed and maintained tactical radio and network systems; deployed to Iraq (2009–2010)

## Certifications
- Professional Scrum Master II (PSM II), Scrum.org — 2020
- ICAgile Certified Professional in Agile Coaching (ICP-ACC) — 2022
- SAFe 6 Scrum Master (SSM) — 2023

## Skills
- **Frameworks:** Scrum, Kanban, SAFe, Scrumban
- **Facilitation:** Liberating Structures, retrospectives, PI planning, story mapping
- **Tools:** Jira, Confluence, Miro, Azure DevOps, Jira Align
- **Metrics:** flow metrics, cycle time, Monte Carlo forecasting

## Education
**B.S. Business Administration (Information Systems)**, Metropolitan State University of Denver — 2013
""", truth(
    "Marisol Quintero", "marisol.quintero@example.com", "720-555-0147",
    [
        job("Front Range Health Partners", "Senior Scrum Master / Agile Coach", "Jan. 2021"),
        job("Front Range Health Partners", "Scrum Master", "Jan. 2019", "Dec. 2020"),
        job("Peakview Software", "Scrum Master (contract)", "Jun. 2017", "Dec. 2018"),
        job("Colorado Department of Revenue", "Business Analyst", "Aug. 2013", "May 2017"),
        job("U.S. Army", "Signal Support Systems Specialist (25U)", "2008", "2012"),
    ],
    [
        "Scrum", "Kanban", "SAFe", "Scrumban",
        "Liberating Structures", "retrospectives", "PI planning", "story mapping",
        "Jira", "Confluence", "Miro", "Azure DevOps", "Jira Align",
        "flow metrics", "cycle time", "Monte Carlo forecasting",
    ]))

# ---------------------------------------------------------------------------
# 12 Technical writer, Ireland. Setext headings, italic title + date line,
# freelance sole trader, a career break, teaching abroad.
# ---------------------------------------------------------------------------
add("w8_12_technical_writer_md", """
Siobhán Gallagher
=================

Technical Writer · API and developer documentation · Docs-as-code

Cork, Ireland | +353 (0)85 555 4412 | siobhan.gallagher@example.ie

Profile
-------

Technical writer with over ten years in regulated and developer-facing
documentation. I build documentation the way engineers build software: in Git,
reviewed in pull requests, linted and published from CI. I have led a small
writing team, set up style guides from scratch and written everything from
IFUs for Class II medical devices to public REST API references.

Experience
----------

### Corrib Payments, Cork

_Principal Technical Writer_, March 2022 – present

* Lead a team of four writers covering payments, issuing and risk APIs
* Moved 1,400 pages from Confluence to a Docusaurus docs-as-code site;
  support tickets tagged "docs" fell by 31%
* Own the OpenAPI review gate: every public endpoint change needs a docs sign-off

_Senior Technical Writer_, April 2019 – February 2022

* Wrote the API reference, quick-starts and SDK guides for the card-issuing product
* Created the company style guide and Vale rule set

### Gallagher Docs

_Freelance Technical Writer_, 2017 – 2019

* Sole trader. Clients included two Cork software start-ups and a Limerick
  medical device manufacturer (user manuals, release notes, API docs)

_Career break, January – June 2017: travelled in South America and completed
the Certificate in Technical Communication._

### Blarney Medical Devices Ltd, Cork

_Documentation Specialist_, September 2013 – December 2016

* Wrote and maintained IFUs, service manuals and labelling for Class II devices
* Managed translation into 14 languages and document control in Agile PLM

### Niigata Prefectural Board of Education, Japan

_Assistant Language Teacher (JET Programme)_, August 2011 – July 2013

* Team-taught English in three high schools; wrote teaching materials

Skills
------

* Markdown, reStructuredText and AsciiDoc
* Sphinx, MkDocs and Docusaurus
* OpenAPI / Swagger and Postman
* Git, GitHub Actions and Vale linting
* DITA XML and MadCap Flare
* ISO/IEC/IEEE 26514 and IEC 62366 usability documentation
* Irish (fluent) and Japanese (JLPT N3)

Education
---------

* Certificate in Technical Communication, University of Limerick, 2017
* BA English and Japanese, University College Cork, 2011
""", truth(
    "Siobhán Gallagher", "siobhan.gallagher@example.ie", "+353 (0)85 555 4412",
    [
        job("Corrib Payments", "Principal Technical Writer", "March 2022"),
        job("Corrib Payments", "Senior Technical Writer", "April 2019", "February 2022"),
        job("Gallagher Docs", "Freelance Technical Writer", "2017", "2019"),
        job("Blarney Medical Devices Ltd", "Documentation Specialist", "September 2013", "December 2016"),
        job("Niigata Prefectural Board of Education", "Assistant Language Teacher (JET Programme)",
            "August 2011", "July 2013"),
    ],
    [
        "Markdown, reStructuredText and AsciiDoc",
        "Sphinx, MkDocs and Docusaurus",
        "OpenAPI / Swagger and Postman",
        "Git, GitHub Actions and Vale linting",
        "DITA XML and MadCap Flare",
        "ISO/IEC/IEEE 26514 and IEC 62366 usability documentation",
        "Irish (fluent) and Japanese (JLPT N3)",
    ]))

# ---------------------------------------------------------------------------
# 13 Salesforce administrator, Poland. Emoji headings, contact on separate
# lines, nested bullets for two roles, MM.YYYY dates, skills as code badges,
# GDPR consent clause.
# ---------------------------------------------------------------------------
add("w8_13_salesforce_admin_md", """
# Katarzyna Wiśniewska
### Salesforce Administrator | 3x Salesforce Certified

📍 Kraków, Poland  
📱 +48 512 555 043  
📧 k.wisniewska@example.pl  
🔗 trailblazer.me/id/kwisniewska

---

## 👩‍💼 About me

Salesforce Administrator with 6+ years in Sales Cloud and Service Cloud for
shared-service centres. I automate with Flow instead of code wherever I can,
keep orgs clean, and translate between business users and developers in
Polish, English and German.

## 💼 Work experience

**Salesforce Administrator**  
Vistula Software Services Sp. z o.o. | Kraków | 03.2021 – now

- Sole admin for a 650-user Sales & Service Cloud org (EMEA + APAC)
- Migrated 120 Workflow Rules and Process Builders to Flow before retirement
- Rebuilt the role hierarchy and sharing model after a merger; cut manual
  record-sharing requests by 80%
- Release management with change sets and Gearset; fortnightly sprints in Jira

**Nordhaven Business Services** | Kraków Delivery Centre

* **Junior Salesforce Administrator** · 04.2019 – 02.2021
  * User management, profiles, permission sets, page layouts for 4 business units
  * Built 60+ reports and dashboards for the Finance shared-service team
* **CRM Support Specialist** · 10.2017 – 03.2019
  * L1/L2 support for Salesforce and Dynamics users in DACH markets (German)
  * Data imports and clean-up with Data Loader

**Customer Service Specialist with German**  
Arkadia BPO Polska Sp. z o.o. | Kraków | 07.2016 – 09.2017

- Phone and e-mail support for an Austrian telecom client

## 🏅 Certifications

- Salesforce Certified Administrator (2019)
- Salesforce Certified Platform App Builder (2021)
- Salesforce Certified Advanced Administrator (2023)

## 🛠️ Skills

`Flow Builder` `Validation Rules` `Formula Fields` `Reports & Dashboards`
`Permission Sets` `Sharing Rules` `Data Loader` `SOQL (basic)` `Sales Cloud`
`Service Cloud` `Jira` `Confluence`

## 🎓 Education

**Master's degree in Management (Information Systems)** – Cracow University of Economics, 2016

## 🌍 Languages

Polish – native · English – C1 · German – B2

---

*I hereby consent to the processing of my personal data included in this CV
for the purposes of the recruitment process in accordance with Regulation (EU)
2016/679 (GDPR).*
""", truth(
    "Katarzyna Wiśniewska", "k.wisniewska@example.pl", "+48 512 555 043",
    [
        job("Vistula Software Services Sp. z o.o.", "Salesforce Administrator", "03.2021"),
        job("Nordhaven Business Services", "Junior Salesforce Administrator", "04.2019", "02.2021"),
        job("Nordhaven Business Services", "CRM Support Specialist", "10.2017", "03.2019"),
        job("Arkadia BPO Polska Sp. z o.o.", "Customer Service Specialist with German", "07.2016", "09.2017"),
    ],
    [
        "Flow Builder", "Validation Rules", "Formula Fields", "Reports & Dashboards",
        "Permission Sets", "Sharing Rules", "Data Loader", "SOQL (basic)", "Sales Cloud",
        "Service Cloud", "Jira", "Confluence",
    ]))

# ---------------------------------------------------------------------------
# 14 Genetic counsellor, Canada. Credentials after name, #### role headings
# with organisation line and italic dates, volunteer + publications.
# ---------------------------------------------------------------------------
add("w8_14_genetic_counsellor_md", """
# Naomi Abernethy, MSc, CCGC

Vancouver, BC · (604) 555-0126 · naomi.abernethy@example.ca

---

## Professional Experience

#### Genetic Counsellor
Pacific Coast Health Authority — Hereditary Cancer Program · Vancouver, BC  
*Sept 2020 – present*

* Provide pre- and post-test counselling for hereditary breast, ovarian,
  colorectal and pancreatic cancer syndromes (~350 new patients a year)
* Interpret multigene panel results with the molecular lab; manage VUS reclassification recall
* Set up the program's virtual clinic for patients in northern BC
* Supervise MSc genetic counselling students on clinical rotation

#### Prenatal Genetic Counsellor
Fraser Valley Women's Hospital · Abbotsford, BC  
*Jan 2019 – Aug 2020 · 0.6 FTE maternity leave coverage*

* Counselled patients after abnormal screening, ultrasound findings or NIPT results
* Coordinated CVS/amniocentesis results with maternal-fetal medicine

#### Graduate Research Assistant
University of British Columbia, Department of Medical Genetics · Vancouver, BC  
*2017 – 2018*

* Recruited and interviewed participants for a study on cascade testing uptake

#### Cytogenetics Technologist
Prairie Diagnostic Laboratories · Saskatoon, SK  
*2014 – 2016*

* Karyotyping and FISH analysis for prenatal and oncology samples

## Volunteer

* Crisis line responder, Lower Mainland Distress Line (2016 – 2018)

## Education & Certification

* **Certified Genetic Counsellor (CCGC)**, Canadian Association of Genetic Counsellors — 2019
* **MSc, Genetic Counselling**, University of British Columbia — 2018
* **BSc (Honours), Biology**, University of Saskatchewan — 2014

## Publications

* Abernethy N, Chu K, Lam R. *Uptake of cascade testing after virtual genetic
  counselling in rural British Columbia.* J Genet Couns. 2023;32(4):811-820.

## Skills

Pedigree analysis (Progeny) · Risk modelling (CanRisk, Tyrer-Cuzick) · Variant interpretation (ACMG/AMP) · Cerner and Epic · Virtual/telehealth counselling · French (intermediate)
""", truth(
    "Naomi Abernethy", "naomi.abernethy@example.ca", "(604) 555-0126",
    [
        job("Pacific Coast Health Authority", "Genetic Counsellor", "Sept 2020"),
        job("Fraser Valley Women's Hospital", "Prenatal Genetic Counsellor", "Jan 2019", "Aug 2020"),
        job("University of British Columbia", "Graduate Research Assistant", "2017", "2018"),
        job("Prairie Diagnostic Laboratories", "Cytogenetics Technologist", "2014", "2016"),
    ],
    [
        "Pedigree analysis (Progeny)",
        "Risk modelling (CanRisk, Tyrer-Cuzick)",
        "Variant interpretation (ACMG/AMP)",
        "Cerner and Epic",
        "Virtual/telehealth counselling",
        "French (intermediate)",
    ]))

# ---------------------------------------------------------------------------
# 15 Radio presenter, Ghana. On-air nickname in the name, blockquote,
# company headings with role bullets, own business, National Service.
# ---------------------------------------------------------------------------
add("w8_15_radio_presenter_md", """
# KWABENA "KOBBY" ASANTE  
**Radio Presenter · Producer · MC**

Accra, Ghana | +233 24 555 0178 | kobby.asante@example.com | IG / X: @kobbyonair

> "Accra's favourite wake-up voice" — Accra Media Awards 2023

## PROFILE

Energetic bilingual broadcaster with 10+ years on air across morning drive,
sports and late-night music shows. I self-op the desk, produce my own segments,
and turn listeners into a community on social media. Also a busy wedding and
corporate MC.

## EXPERIENCE

### Coastline FM 101.3 — Accra
- **Morning Drive Presenter** (Jan 2021 – now)
  - Host *The Sunrise Jam*, 5–9 am weekdays; show grew to No. 2 in Accra
    morning ratings (GeoPoll, 2024)
  - Interview politicians, artists and business leaders live; produce daily
    traffic and news packages with two producers
- **Sports Presenter & Producer** (Jun 2018 – Dec 2020)
  - Co-hosted the weekday sports hour and live commentary of Ghana Premier League matches

### Ashanti Vibes Radio — Kumasi
- **Night Show Host** (2015 – 2018)
  - Presented *Midnight Vibes* (Afrobeats, highlife, hiplife); ran the station's first Instagram Live shows

### Kobby Asante Voice & Events — self-employed
- **MC & Voice-over Artist** (2014 – now)
  - 150+ weddings, launches and corporate events; radio and TV ad voice-overs

### Ghana Broadcasting Corporation — Accra
- **National Service Personnel (Newsroom)** (Sep 2013 – Aug 2014)
  - Compiled news bulletins and assisted reporters on field assignments

## SKILLS
- Live presenting in English, Twi, Ga and Pidgin
- Self-op studio desk (Axia, Mackie)
- Audio editing (Adobe Audition, Audacity)
- Interviewing and panel moderation
- Social media engagement and live streaming
- Event MC and crowd engagement

## EDUCATION
- BA Communication Studies — Ghana Institute of Journalism, 2009 – 2013

## AWARDS
- Best Morning Show Host, Accra Media Awards (2023)
- Sports Presenter of the Year nominee, Ghana Radio Honours (2020)
""", truth(
    "Kwabena Asante", "kobby.asante@example.com", "+233 24 555 0178",
    [
        job("Coastline FM 101.3", "Morning Drive Presenter", "Jan 2021"),
        job("Coastline FM 101.3", "Sports Presenter & Producer", "Jun 2018", "Dec 2020"),
        job("Ashanti Vibes Radio", "Night Show Host", "2015", "2018"),
        job("Kobby Asante Voice & Events", "MC & Voice-over Artist", "2014"),
        job("Ghana Broadcasting Corporation", "National Service Personnel (Newsroom)", "Sep 2013", "Aug 2014"),
    ],
    [
        "Live presenting in English, Twi, Ga and Pidgin",
        "Self-op studio desk (Axia, Mackie)",
        "Audio editing (Adobe Audition, Audacity)",
        "Interviewing and panel moderation",
        "Social media engagement and live streaming",
        "Event MC and crowd engagement",
    ]))

# ---------------------------------------------------------------------------
# 16 Food technologist (NPD), UK. No '#' headings at all: bold upper-case
# pseudo-headings, '+' bullets, title and date on one italic line.
# ---------------------------------------------------------------------------
add("w8_16_food_technologist_md", """
**ELEANOR MARSH**  
NPD Technologist  
Peterborough · 07700 900762 · eleanor.marsh@example.co.uk · linkedin.com/in/eleanormarsh-npd

**PROFILE**

Food scientist with seven years in chilled ready meals and bakery, taking
products from kitchen-bench concept through factory trials to launch for UK
multiple retailers. Comfortable in the development kitchen, on the factory
floor at 5 am and in front of a retailer's technical manager.

**EMPLOYMENT**

**Fenland Fresh Foods Ltd** – Wisbech  
*NPD Technologist, Sept 2021 – Present*

+ Lead NPD for two retailer accounts: 38 chilled ready meal launches to date
+ Run factory trials and scale-up from 5 kg kitchen batches to 2-tonne runs
+ Set shelf-life and micro specifications; manage challenge testing with external labs
+ Create and approve retailer specifications (Trace One) and on-pack labelling

**Anglia Bakeries plc** – Peterborough  
*Quality Technologist, Jul 2018 – Aug 2021*

+ Maintained HACCP plans and internal audit schedule for a BRCGS AA-grade site
+ Investigated customer complaints and led root-cause reviews with production
+ Ran weekly sensory panels and shelf-life assessments

**Marlow Dairy Co.** – High Wycombe  
*Placement Technologist, Jun 2016 – Jun 2017*

+ Sandwich-year industrial placement in the yoghurt and dessert NPD team

**The Swan Inn** – Reading  
*Kitchen Assistant, 2014 – 2016*

+ Part-time prep and pot-wash alongside my degree

**KEY SKILLS**

+ HACCP Level 3
+ BRCGS Food Safety (Issue 9)
+ Shelf-life and micro specification setting
+ Sensory panels and consumer testing
+ Factory trials and scale-up
+ Labelling compliance (FIC, PPDS/Natasha's Law)
+ Trace One and Specpage specification systems

**EDUCATION**

BSc (Hons) Food Science and Technology, University of Reading – First Class, 2014 – 2018

**INTERESTS**

Sourdough, park runs and volunteering at the Peterborough food bank.
""", truth(
    "Eleanor Marsh", "eleanor.marsh@example.co.uk", "07700 900762",
    [
        job("Fenland Fresh Foods Ltd", "NPD Technologist", "Sept 2021"),
        job("Anglia Bakeries plc", "Quality Technologist", "Jul 2018", "Aug 2021"),
        job("Marlow Dairy Co.", "Placement Technologist", "Jun 2016", "Jun 2017"),
        job("The Swan Inn", "Kitchen Assistant", "2014", "2016"),
    ],
    [
        "HACCP Level 3",
        "BRCGS Food Safety (Issue 9)",
        "Shelf-life and micro specification setting",
        "Sensory panels and consumer testing",
        "Factory trials and scale-up",
        "Labelling compliance (FIC, PPDS/Natasha's Law)",
        "Trace One and Specpage specification systems",
    ]))


if __name__ == "__main__":
    for stem, text, t in RESUMES:
        save_text(stem, "md", text)
        save_truth(stem, t)
        print("wrote", stem)
