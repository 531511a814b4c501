# -*- coding: utf-8 -*-
"""Markdown resumes 11-16."""
from common import job, write_truth, write_text

# ---------------------------------------------------------------- 11 QA automation (India)
R11 = """
# Priya Ramanathan

**Senior QA Automation Engineer** · Bengaluru, India
📞 +91 99000 55512 · ✉️ priya.ramanathan@example.com · [linkedin.com/in/priya-ramanathan-qa](https://www.linkedin.com/in/priya-ramanathan-qa)

---

## Summary

QA automation engineer with 8+ years testing payments and lending platforms. I build
maintainable UI/API test frameworks, wire them into CI, and coach manual testers into
automation. ISTQB Advanced Test Automation Engineer.

## Technical Skills

| Area | Tools |
|------|-------|
| Automation | Selenium WebDriver, Playwright, Appium |
| Languages | Java, TypeScript, Python |
| API & Performance | REST Assured, Postman, JMeter |
| CI/CD | Jenkins, GitHub Actions, Docker |
| Test Management | JIRA, TestRail |

## Experience

### Lakshmi Fintech Solutions Pvt. Ltd. — Bengaluru

**Senior QA Automation Engineer** | *Aug 2021 – Present*

- Own the automation strategy for the UPI and card-payments squads (5 scrum teams).
- Migrated 1,400 Selenium tests to Playwright + TypeScript; suite runtime down from 95 to 22 minutes with sharding.
- Built a contract-testing layer (Pact) between 14 microservices, catching breaking API changes before merge.
- Mentor 6 QA engineers; run a fortnightly "automation clinic".

**QA Automation Engineer** | *Jan 2020 – Jul 2021*

- Designed a REST Assured + TestNG framework for the loan-origination APIs.
- Added JMeter load tests to the release pipeline for festive-season traffic (4x peak).

### Zentrix Software Services — Chennai

**Software Test Engineer** | *Jul 2016 – Dec 2019*

- Functional, regression and UAT support for a US health-insurance client (offshore model).
- Automated 600+ regression cases in Java/Selenium with Page Object Model.
- Promoted to module lead in 2018; handled defect triage calls with the onsite team.

**QA Intern** | *Jan 2016 – Jun 2016*

- Final-semester internship: manual test case writing and execution in TestLink.

## Education

**B.Tech, Information Technology** — SRM Institute of Science and Technology, Chennai, 2016 (CGPA 8.4/10)

## Certifications

- ISTQB Advanced Level – Test Automation Engineer (2022)
- ISTQB Foundation Level (2017)
- AWS Certified Cloud Practitioner (2023)
"""

# ---------------------------------------------------------------- 12 copywriter (Australia)
R12 = """
Matilda O'Rourke
================

Copywriter & Content Strategist — Brisbane, QLD

0491 570 313 | matilda.orourke@example.com | portfolio: matildawrites.example.com


About
-----

I write words that sell things without sounding like they're selling things. Fifteen
years across agency and freelance, mostly for tourism, food & bev and not-for-profits.
Happy on brand voice, campaign concepts, web copy, EDMs and the odd radio script.


Experience
----------

**Freelance Copywriter** — Matilda O'Rourke Copy
*2016 – now*

* Brand voice and web copy for 60+ clients including two state tourism campaigns,
  a national craft brewery and three charities.
* Ongoing retainer with a Queensland tourism body: campaign lines, social, EDMs.
* Shortlisted, AWARD Awards 2021 (radio, "Slow Down, You're Here").

**Contract Senior Copywriter** — Saltbush Creative
*Jul 2022 – Jan 2023*

* Six-month contract alongside freelance work: supermarket and insurance
  accounts, TVC scripts and OOH.

**Senior Copywriter** — Harbourline Advertising, Sydney
*2013 – 2016*

* Led copy on the agency's largest FMCG account; managed two juniors.
* Wrote the "Pour Decisions" responsible-drinking campaign (Effie Silver 2015).

**Junior Copywriter** — Harbourline Advertising, Sydney
*2010 – 2013*

* Retail catalogues, press ads, radio, the occasional headline that made it.

(2009: travelled through South America and came home with a lot of notebooks.)

**Editorial Intern** — Coastal Living Magazine, Sydney
*Summer 2008*


Skills
------

Brand voice · Campaign concepts · Web & UX copy · SEO copywriting · EDM / email marketing · Radio & TVC scripts · Editing & proofreading


Education
---------

Bachelor of Communication (Creative Writing), University of Technology Sydney, 2008

Referees on request.
"""

# ---------------------------------------------------------------- 13 actuary (US)
R13 = """
**REBECCA L. THORNTON, FSA, MAAA**
West Hartford, CT 06107 | (860) 555-0148 | rebecca.thornton@example.com

---

**PROFESSIONAL SUMMARY**

Fellow of the Society of Actuaries with nine years in life and annuity pricing, reserving
and model conversion. Experienced presenting to product committees and regulators, and
leading small teams of analysts.

---

**EXPERIENCE**

**Keystone Mutual Life Insurance Company** — Hartford, CT
*Associate Actuary* — Jan. 2021 – Present
- Lead pricing for the indexed universal life product line ($310M annual premium).
- Moved the pricing model from spreadsheets to AXIS; cut quarterly cycle time by 40%.
- Support VM-20 principle-based reserving and the annual asset adequacy analysis.
- Supervise three actuarial analysts and two summer interns.

*Actuarial Analyst II* — Jan. 2018 - Dec. 2020
- Priced term and whole life products; built competitor rate-comparison dashboards.
- Experience studies for mortality and lapse, feeding assumption updates.

**Brightwater Consulting Group** — Boston, MA
*Actuarial Analyst* — Jul. 2015 - Dec. 2017
- Consulting projects for mid-size life insurers: embedded value, M&A due diligence,
  model validation.

**Pinnacle Re** — Stamford, CT
*Actuarial Intern* — Summer 2014
- Mortality table graduation project in R.

---

**EDUCATION**

**University of Connecticut**, Storrs, CT — B.S. Actuarial Science, minor in Economics, May 2015
GPA 3.8/4.0; Phi Beta Kappa

---

**CREDENTIALS**

- Fellow, Society of Actuaries (FSA), 2020 — ILA track
- Member, American Academy of Actuaries (MAAA), 2020

---

**SKILLS**

**Technical:** AXIS, Prophet, SQL, R, Python (pandas), Excel/VBA
**Actuarial:** Product pricing, VM-20, Experience studies, Asset adequacy testing
"""

# ---------------------------------------------------------------- 14 environmental consultant (Germany)
R14 = """
# Dr. Katharina Vogel
### Senior Environmental Consultant · Soil, Groundwater & Contaminated Sites

Hamburg, Germany
Tel. +49 40 5550 1723
E-Mail: katharina.vogel@example.com

---

## Professional Experience

**since 10/2020** · Nordwind Umweltberatung GmbH, Hamburg
*Senior Environmental Consultant*

- Project lead for site investigations and remediation planning under BBodSchG/BBodSchV
  (German Federal Soil Protection Act), typical budgets EUR 50k–1.2M
- Phase I/II environmental due diligence for real-estate and M&A clients (40+ sites)
- Coordinate drilling contractors, laboratories and authorities; present results to clients
- Supervise two junior consultants and working students

**03/2017 – 09/2020** · Nordwind Umweltberatung GmbH, Hamburg
*Environmental Consultant*

- Groundwater monitoring programmes, sampling design and reporting
- PFAS investigations at two former airfields; data evaluation in GIS

**10/2013 – 02/2017** · Hamburg University of Technology (TUHH)
*Research Associate*

- Doctoral research on natural attenuation of chlorinated solvents in aquifers
- Teaching assistant for "Environmental Geochemistry" (MSc)

**04/2012 – 09/2012** · German Environment Agency (UBA), Dessau-Roßlau
*Intern*

- Literature review and database work for the soil-monitoring unit

## Education

- **2017** Dr. rer. nat., Environmental Engineering — Hamburg University of Technology (magna cum laude)
- **2013** M.Sc. Geoecology — Karlsruhe Institute of Technology
- **2010** B.Sc. Geoecology — Karlsruhe Institute of Technology

## Skills

- **Software:** ArcGIS Pro, QGIS, Python, GMS/MODFLOW
- **Methods:** Site investigation, Remediation planning, Groundwater modelling, Environmental due diligence
- **Other:** Sachkundige nach § 18 BBodSchG, Project management

## Languages

German (native) · English (C1, fluent) · Spanish (B1)
"""

# ---------------------------------------------------------------- 15 geologist (Nigeria)
R15 = """
# ADEYEMI, Oluwaseun Adebayo

**Petroleum Geologist | 12 years | Niger Delta & deepwater**

Address: 7 Ogunlana Drive, Surulere, Lagos
Phone: +234 (0) 805 555 0173
Email: seun.adeyemi@example.com
NAPE & AAPG Member

---

### PROFILE

A result-oriented petroleum geologist with over a decade of experience in development
geology, wellsite operations and reservoir characterisation in the Niger Delta. Seeking
a senior or lead geoscience role.

### PROFESSIONAL EXPERIENCE

#### Delta Crest Energy Limited, Port Harcourt
**Senior Development Geologist** — Jan 2019 – Present

- Lead geologist on a 3-field development (14 producers, 4 injectors), from well
  placement through post-drill reviews.
- Built and updated static models in Petrel; reduced P50 STOIIP uncertainty by 18%.
- Geosteered 9 horizontal wells with an average 93% net-to-gross in zone.
- Member of the reserves committee (SEC and DPR/NUPRC reporting).

**Development Geologist** — Mar 2015 – Dec 2018

- Well correlation, facies and sequence stratigraphic interpretation.
- Prepared geological prognoses and well proposals for 11 infill wells.

#### Geotech Subsurface Services Ltd, Warri
**Wellsite Geologist** — Aug 2012 – Feb 2015

- Contract wellsite geologist on land and swamp rigs for IOC and indigenous operators.
- Cuttings description, mudlogging supervision, core-point picking.

#### Nigerian Geological Survey Agency, Abuja
**Geologist (NYSC)** — Jul 2011 – Jun 2012

- Field mapping in the Benue Trough as a youth corps member.

### EDUCATION

- M.Sc. Petroleum Geoscience, University of Ibadan — 2014 (part-time)
- B.Sc. (Hons) Geology, Obafemi Awolowo University, Ile-Ife — 2010, Second Class Upper

### SKILLS

- Petrel (structural and property modelling)
- Techlog and Interactive Petrophysics
- Seismic-to-well tie
- Geosteering (StarSteer)
- Core and cuttings description
- Reserves estimation

### REFEREES

Available on request.
"""

# ---------------------------------------------------------------- 16 photographer (Mexico)
R16 = """
Valeria Fuentes Garza
=====================

_Fotógrafa editorial y comercial · Editorial & Commercial Photographer_
Ciudad de México (CDMX) · +52 55 5555 0147 · valeria.fuentes@example.com
Portfolio: valeriafuentes.example.com · Instagram: @vfuentes.foto

- - -

Perfil / Profile
----------------

Bilingual photographer (Spanish/English) with ten years in editorial, food and
hospitality photography. Published in national magazines and international travel
titles. Fast, organised on set, comfortable directing non-models.

- - -

Experiencia / Experience
------------------------

### Valeria Fuentes Fotografía — Freelance Photographer
**2019 – present** · CDMX and on location

+ Commercial shoots for hotels, restaurants and mezcal brands; 35+ clients.
+ Commissioned by international travel magazines for features on Oaxaca, Yucatán
  and Baja California.
+ Produce full shoots: casting, location scouting, permits, crew and retouching.

### Revista Altiplano — Staff Photographer
**2015 – 2019** · CDMX

+ Covered culture, food and travel for a monthly magazine (print + digital).
+ Shot 20+ covers; managed the photo archive and freelancer assignments.

### Estudio Luz Norte — Photo Assistant
**2013 – 2015** · Monterrey, N.L.

+ Lighting setups (Profoto, Broncolor), digital tech on tethered shoots, gear prep.

- - -

Habilidades / Skills
--------------------

+ Capture One
+ Lightroom Classic
+ Photoshop (high-end retouching)
+ Studio and location lighting
+ Food styling coordination
+ Drone photography (DJI)

- - -

Educación / Education
---------------------

Licenciatura en Ciencias de la Comunicación — Universidad Autónoma de Nuevo León, 2013

Idiomas / Languages
-------------------

Español (nativo) · English (C1)
"""


def main():
    write_text("w4_11_qaengineer_md", "md", R11)
    write_truth("w4_11_qaengineer_md", "Priya Ramanathan", "priya.ramanathan@example.com", "+91 99000 55512", [
        job("Lakshmi Fintech Solutions Pvt. Ltd.", "Senior QA Automation Engineer", "Aug 2021", None),
        job("Lakshmi Fintech Solutions Pvt. Ltd.", "QA Automation Engineer", "Jan 2020", "Jul 2021"),
        job("Zentrix Software Services", "Software Test Engineer", "Jul 2016", "Dec 2019"),
        job("Zentrix Software Services", "QA Intern", "Jan 2016", "Jun 2016"),
    ], ["Selenium WebDriver", "Playwright", "Appium", "Java", "TypeScript", "Python",
        "REST Assured", "Postman", "JMeter", "Jenkins", "GitHub Actions", "Docker", "JIRA", "TestRail"])

    write_text("w4_12_copywriter_md", "md", R12)
    write_truth("w4_12_copywriter_md", "Matilda O'Rourke", "matilda.orourke@example.com", "0491 570 313", [
        job("Matilda O'Rourke Copy", "Freelance Copywriter", "2016", None),
        job("Saltbush Creative", "Contract Senior Copywriter", "Jul 2022", "Jan 2023"),
        job("Harbourline Advertising", "Senior Copywriter", "2013", "2016"),
        job("Harbourline Advertising", "Junior Copywriter", "2010", "2013"),
        job("Coastal Living Magazine", "Editorial Intern", "Summer 2008", None),
    ], ["Brand voice", "Campaign concepts", "Web & UX copy", "SEO copywriting",
        "EDM / email marketing", "Radio & TVC scripts", "Editing & proofreading"])

    write_text("w4_13_actuary_md", "md", R13)
    write_truth("w4_13_actuary_md", "Rebecca L. Thornton", "rebecca.thornton@example.com", "(860) 555-0148", [
        job("Keystone Mutual Life Insurance Company", "Associate Actuary", "Jan. 2021", None),
        job("Keystone Mutual Life Insurance Company", "Actuarial Analyst II", "Jan. 2018", "Dec. 2020"),
        job("Brightwater Consulting Group", "Actuarial Analyst", "Jul. 2015", "Dec. 2017"),
        job("Pinnacle Re", "Actuarial Intern", "Summer 2014", None),
    ], ["AXIS", "Prophet", "SQL", "R", "Python (pandas)", "Excel/VBA", "Product pricing", "VM-20",
        "Experience studies", "Asset adequacy testing"])

    write_text("w4_14_envconsultant_md", "md", R14)
    write_truth("w4_14_envconsultant_md", "Katharina Vogel", "katharina.vogel@example.com", "+49 40 5550 1723", [
        job("Nordwind Umweltberatung GmbH", "Senior Environmental Consultant", "10/2020", None),
        job("Nordwind Umweltberatung GmbH", "Environmental Consultant", "03/2017", "09/2020"),
        job("Hamburg University of Technology (TUHH)", "Research Associate", "10/2013", "02/2017"),
        job("German Environment Agency (UBA)", "Intern", "04/2012", "09/2012"),
    ], ["ArcGIS Pro", "QGIS", "Python", "GMS/MODFLOW", "Site investigation", "Remediation planning",
        "Groundwater modelling", "Environmental due diligence", "Sachkundige nach § 18 BBodSchG",
        "Project management"])

    write_text("w4_15_geologist_md", "md", R15)
    write_truth("w4_15_geologist_md", "Oluwaseun Adebayo Adeyemi", "seun.adeyemi@example.com", "+234 (0) 805 555 0173", [
        job("Delta Crest Energy Limited", "Senior Development Geologist", "Jan 2019", None),
        job("Delta Crest Energy Limited", "Development Geologist", "Mar 2015", "Dec 2018"),
        job("Geotech Subsurface Services Ltd", "Wellsite Geologist", "Aug 2012", "Feb 2015"),
        job("Nigerian Geological Survey Agency", "Geologist (NYSC)", "Jul 2011", "Jun 2012"),
    ], ["Petrel (structural and property modelling)", "Techlog and Interactive Petrophysics",
        "Seismic-to-well tie", "Geosteering (StarSteer)", "Core and cuttings description",
        "Reserves estimation"])

    write_text("w4_16_photographer_md", "md", R16)
    write_truth("w4_16_photographer_md", "Valeria Fuentes Garza", "valeria.fuentes@example.com", "+52 55 5555 0147", [
        job("Valeria Fuentes Fotografía", "Freelance Photographer", "2019", None),
        job("Revista Altiplano", "Staff Photographer", "2015", "2019"),
        job("Estudio Luz Norte", "Photo Assistant", "2013", "2015"),
    ], ["Capture One", "Lightroom Classic", "Photoshop (high-end retouching)",
        "Studio and location lighting", "Food styling coordination", "Drone photography (DJI)"])


if __name__ == "__main__":
    main()
