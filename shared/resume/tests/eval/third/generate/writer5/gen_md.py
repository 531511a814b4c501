"""Markdown resumes w5_11 .. w5_16."""
from common import job, truth, write_truth, write_text

R = []

# ---------------------------------------------------------------- 11 network engineer (India)
R.append(("w5_11_network_engineer_md", """
# RAHUL VENKATESH NAIR

**Network Engineer – L2 | CCNP Enterprise**

📞 +91 98450 55501 | ✉️ rahul.nair@example.in | 📍 Bengaluru, Karnataka

---

## Career Objective

To work in a challenging environment where I can apply my 8 years of experience in enterprise
routing, switching and firewall operations and grow into a network architect role.

## Professional Summary

- 8+ years in L1/L2 network operations for US and European clients in a 24x7 environment
- Hands-on with Cisco, Juniper, Palo Alto and FortiGate devices across 1,200+ sites
- Handled P1/P2 incidents, change requests and SD-WAN migrations within SLA

## Technical Skills

| Category            | Skills                                   |
|---------------------|------------------------------------------|
| Routing & Switching | OSPF, BGP, EIGRP, VLAN, STP, HSRP         |
| Security            | Palo Alto, FortiGate, Cisco ASA           |
| SD-WAN & Wireless   | Cisco Viptela, Cisco WLC, Aruba           |
| Monitoring          | SolarWinds, PRTG                          |
| Tools               | ServiceNow, Wireshark                     |

## Professional Experience

### Infoserve Technologies Pvt. Ltd. — Bengaluru

**Network Engineer – L2** | *Jul'2021 – Present*
Client: US-based retail chain (1,200 stores)

- Migrated 640 branch sites from MPLS to Cisco Viptela SD-WAN
- Palo Alto firewall policy reviews, NAT and GlobalProtect VPN troubleshooting
- Mentor for 6 L1 engineers; prepared the L1 runbook and escalation matrix

**Network Engineer – L1** | *Jan'2019 – Jun'2021*

- Monitoring via SolarWinds; first-level troubleshooting of WAN/LAN outages
- Coordination with ISPs (Airtel, Tata, AT&T) for circuit issues

### NetAxis Communications Ltd. — Chennai

**NOC Engineer** | *Jun'2017 – Dec'2018*

- 24x7 NOC for leased-line and MPLS customers; ticket handling in Remedy

### Trivandrum Telelinks Pvt. Ltd. — Thiruvananthapuram

**Summer Intern** | *May'2016 – Jun'2016*

- Assisted in fibre splicing and OLT configuration for FTTH rollout

## Certifications

- CCNP Enterprise (2022)
- Palo Alto PCNSA (2021)
- CCNA Routing & Switching (2017)

## Education

| Qualification | Institution | Year | Score |
|---|---|---|---|
| B.Tech (Electronics & Communication) | College of Engineering, Trivandrum | 2017 | 7.8 CGPA |
| Class XII (CBSE) | Kendriya Vidyalaya, Pattom | 2013 | 88% |

## Personal Details

- **Date of Birth:** 15/08/1995
- **Father's Name:** K. Venkatesh Nair
- **Languages Known:** English, Hindi, Malayalam, Kannada
- **Notice Period:** 60 days

## Declaration

I hereby declare that the above information is true to the best of my knowledge.

**Place:** Bengaluru
**(Rahul V. Nair)**
""", truth(
    "Rahul Venkatesh Nair", "rahul.nair@example.in", "+91 98450 55501",
    [job("Infoserve Technologies Pvt. Ltd.", "Network Engineer – L2", "Jul'2021"),
     job("Infoserve Technologies Pvt. Ltd.", "Network Engineer – L1", "Jan'2019", "Jun'2021"),
     job("NetAxis Communications Ltd.", "NOC Engineer", "Jun'2017", "Dec'2018"),
     job("Trivandrum Telelinks Pvt. Ltd.", "Summer Intern", "May'2016", "Jun'2016")],
    ["OSPF", "BGP", "EIGRP", "VLAN", "STP", "HSRP", "Palo Alto", "FortiGate", "Cisco ASA",
     "Cisco Viptela", "Cisco WLC", "Aruba", "SolarWinds", "PRTG", "ServiceNow", "Wireshark"])))

# ---------------------------------------------------------------- 12 copywriter (UK, freelance)
R.append(("w5_12_copywriter_md", """
Hannah Okafor-Reid
==================

Senior copywriter · brand & tone of voice · available for freelance

Leeds · 07700 900872 · hello@hannahokafor.example · [hannahokafor.example/work](https://hannahokafor.example/work)


What I do
---------

I write words that sound like the brand and make people do something: websites, campaigns,
tone-of-voice guides, UX microcopy and the odd radio ad. Ten years in agencies and freelance,
mostly for financial services, healthcare and charities.


Experience
----------

**Freelance Copywriter** · Self-employed · 2021–present

Agency clients include Northern Quarter Creative, Fold Studio and Harrogate Digital. Direct
clients include a Yorkshire building society, an NHS trust and two national charities.

* Tone-of-voice guide and website rewrite for a building society (conversion up 22%)
* Fundraising appeal copy for a hospice charity — best-performing Christmas appeal in 5 years
* UX writing sprints for a health-tech app

**Senior Copywriter**, Northern Quarter Creative (Manchester), 2018–2021

* Led copy on retail banking and energy accounts; managed two juniors
* Shortlisted, Roses Creative Awards 2020 (Radio)

**Copywriter**, Northern Quarter Creative, 2016–2018

* Social, email and OOH for FMCG and leisure clients

**Junior Copywriter**, Bramley & Finch Advertising (Leeds), Sept 2014 – Jul 2016

**Copy Intern**, Brightside Magazine (York), Summer 2014


Skills & tools
--------------

* Brand tone of voice
* Long-form web copy
* Campaign concepts
* UX microcopy
* SEO writing
* Figma (for copy in context)
* Plain English editing


Education
---------

BA (Hons) English Language, University of Leeds — 2011–2014 (2:1)

D&AD Writing for Design workshop, 2019


Outside work
------------

I run a monthly zine swap at Leeds Central Library and volunteer as a reading helper at a local primary school.
""", truth(
    "Hannah Okafor-Reid", "hello@hannahokafor.example", "07700 900872",
    [job("Self-employed", "Freelance Copywriter", "2021"),
     job("Northern Quarter Creative", "Senior Copywriter", "2018", "2021"),
     job("Northern Quarter Creative", "Copywriter", "2016", "2018"),
     job("Bramley & Finch Advertising", "Junior Copywriter", "Sept 2014", "Jul 2016"),
     job("Brightside Magazine", "Copy Intern", "Summer 2014")],
    ["Brand tone of voice", "Long-form web copy", "Campaign concepts", "UX microcopy", "SEO writing",
     "Figma (for copy in context)", "Plain English editing"])))

# ---------------------------------------------------------------- 13 solicitor (Ireland)
R.append(("w5_13_solicitor_md", """
# Aoife Kavanagh

Solicitor — Conveyancing, Probate & Commercial Property
Admitted to the Roll of Solicitors in Ireland, 2016

Phone: 086 555 0177 · Email: aoife.kavanagh@example.ie · Douglas, Cork

---

## Profile

Solicitor with ten years' experience (including traineeship) in a busy regional
practice and a Cork commercial firm. Runs a caseload of 60–80 residential and
commercial property files, plus estates. Known for clear client communication and
getting closings over the line.

## Experience

### Senior Associate — Hegarty Lyons LLP, Cork
*Sept 2021 – Present*

- Commercial leases, portfolio acquisitions and bank security for two pillar banks
- Supervise one solicitor and two legal executives
- Deliver CPD talks on the Land and Conveyancing Law Reform Act

### Kearney & Moloney Solicitors, Mallow, Co. Cork

- **Associate Solicitor**, Jan 2019 – Aug 2021
  - Residential conveyancing, including new-home schemes of up to 120 units
  - Probate and estate administration; Revenue and CAT returns
- **Solicitor**, Sept 2016 – Dec 2018
- **Trainee Solicitor**, Sept 2014 – Aug 2016
  - Conveyancing, probate, District Court family law

## Education

- Professional Practice Courses I & II, Law Society of Ireland, 2014–2016
- Diploma in Commercial Property, Law Society of Ireland, 2020
- BCL (Law), University College Cork, 2010–2013 — 2.1

## Key skills

- Residential & commercial conveyancing
- Probate & estate administration
- Commercial leases
- Title investigation & rectification
- Land Registry (Tailte Éireann) applications
- Client care & file management

## Memberships

Law Society of Ireland · Southern Law Association

*References on request.*
""", truth(
    "Aoife Kavanagh", "aoife.kavanagh@example.ie", "086 555 0177",
    [job("Hegarty Lyons LLP", "Senior Associate", "Sept 2021"),
     job("Kearney & Moloney Solicitors", "Associate Solicitor", "Jan 2019", "Aug 2021"),
     job("Kearney & Moloney Solicitors", "Solicitor", "Sept 2016", "Dec 2018"),
     job("Kearney & Moloney Solicitors", "Trainee Solicitor", "Sept 2014", "Aug 2016")],
    ["Residential & commercial conveyancing", "Probate & estate administration", "Commercial leases",
     "Title investigation & rectification", "Land Registry (Tailte Éireann) applications",
     "Client care & file management"])))

# ---------------------------------------------------------------- 14 geologist (Kenya)
R.append(("w5_14_geologist_md", """
**CURRICULUM VITAE**

# GRACE WANJIRU KAMAU

Geologist (Geothermal Exploration) · Registered Geologist, Geologists Registration Board of Kenya

- **Tel:** +254 722 555 081
- **Email:** grace.kamau@example.co.ke
- **Address:** P.O. Box 555-20117, Naivasha

## Professional Summary

Geologist with 9 years of experience in geothermal exploration and well-site geology in the
Kenyan Rift, including surface mapping, cuttings and core logging, and hydrothermal alteration
studies. Holds an MSc in Geology and completed the UNU Geothermal Training Programme.

## Work Experience

### Rift Energy Development Company Ltd — Naivasha

**Geologist II** — *Jul 2020 – Present*

1. Well-site geologist on 14 production and reinjection wells (to 3,000 m)
2. Alteration mineralogy by XRD and petrography; casing-depth recommendations
3. Supervise 4 geology technicians and 2 graduate trainees

**Geologist I** — *Jan 2018 – Jun 2020*

1. Surface geological and structural mapping of the Silali–Paka prospect
2. Input to the 3D conceptual model (Leapfrog Geothermal)

### Kerio Valley Minerals Ltd — Iten

**Graduate Trainee Geologist** — *Mar 2016 – Dec 2017*

1. Fluorspar resource drilling: core logging, sampling and QA/QC
2. GIS database management in ArcGIS

### Tsavo Gemstone Ventures Ltd — Voi

**Industrial Attachment (Student Geologist)** — *May 2014 – Aug 2014*

## Education

| Year | Qualification | Institution |
|------|---------------|-------------|
| 2021 | MSc Geology | University of Nairobi |
| 2019 | Geothermal Training Programme (6 months, Borehole Geology) | UNU-GTP, Reykjavík, Iceland |
| 2015 | BSc Geology (Second Class Upper) | University of Nairobi |

## Skills

- **Field:** geological mapping, core & cuttings logging, structural analysis
- **Laboratory:** XRD sample preparation, thin-section petrography
- **Software:** ArcGIS, QGIS, Leapfrog Geothermal, Surfer

## Professional Membership

- Geological Society of Kenya (member since 2016)
- Kenya Geothermal Association

## Referees

1. Eng. Peter Kiprono, Chief Geoscientist, Rift Energy Development Company Ltd — 0711 555 204
2. Prof. Mary Achieng, Department of Geology, University of Nairobi — m.achieng@example.ac.ke
""", truth(
    "Grace Wanjiru Kamau", "grace.kamau@example.co.ke", "+254 722 555 081",
    [job("Rift Energy Development Company Ltd", "Geologist II", "Jul 2020"),
     job("Rift Energy Development Company Ltd", "Geologist I", "Jan 2018", "Jun 2020"),
     job("Kerio Valley Minerals Ltd", "Graduate Trainee Geologist", "Mar 2016", "Dec 2017"),
     job("Tsavo Gemstone Ventures Ltd", "Industrial Attachment (Student Geologist)", "May 2014", "Aug 2014")],
    ["geological mapping", "core & cuttings logging", "structural analysis", "XRD sample preparation",
     "thin-section petrography", "ArcGIS", "QGIS", "Leapfrog Geothermal", "Surfer"])))

# ---------------------------------------------------------------- 15 personal trainer (South Africa)
R.append(("w5_15_personal_trainer_md", """
## RUAN DU PLESSIS
### Personal Trainer · Strength & Conditioning Coach

Cape Town · +27 (0)72 555 0116 · ruan.duplessis@example.co.za · Instagram: @rdp.strength

REPSSA registered exercise professional (Level 5) · First Aid Level 1 · Valid driver's licence (Code B)

***

#### ABOUT ME

Ten years on the gym floor and online. I help busy professionals, new mums and weekend runners
get strong without getting hurt. Big on proper technique, simple habits and honest check-ins.

***

#### EXPERIENCE

**Head Coach & Owner** — RDP Strength (online and studio coaching) — 2022 – ongoing
+ 45 active clients; 12-week programmes delivered through the TrueCoach app
+ Small-group barbell classes, 3 evenings a week in a shared studio in Woodstock
+ Partnerships with two physios for post-rehab referrals

**Atlantic Fitness Clubs** — Cape Town
+ **Senior Personal Trainer**, Sea Point club · Mar 2019 – Dec 2021
  + Top-billing trainer in the Western Cape region for 2019 and 2021
  + Mentored 5 new trainers through their probation
+ **Personal Trainer**, Claremont club · Feb 2017 – Feb 2019
+ **Membership Consultant**, Claremont club · Jun 2016 – Jan 2017

*2020: clubs closed during lockdown — I moved all my clients to online sessions.*

**Lifeguard (seasonal)** — City of Cape Town, Muizenberg beach — Dec 2014 – Mar 2015

***

#### QUALIFICATIONS

+ Diploma in Exercise Science — Fitness Academy SA, Cape Town (2016)
+ Precision Nutrition Level 1 coach (2020)
+ Pre- and Post-Natal Exercise Specialist (2021)
+ Matric — Paarl Boys' High School (2013)

***

#### SKILLS

+ Strength & conditioning
+ Olympic lifting technique
+ Pre/post-natal training
+ Nutrition coaching
+ Mobility & injury prevention
+ Sales & client retention

#### LANGUAGES

Afrikaans (home language), English, isiXhosa (basic)

*Referees: available on request.*
""", truth(
    "Ruan du Plessis", "ruan.duplessis@example.co.za", "+27 (0)72 555 0116",
    [job("RDP Strength", "Head Coach & Owner", "2022"),
     job("Atlantic Fitness Clubs", "Senior Personal Trainer", "Mar 2019", "Dec 2021"),
     job("Atlantic Fitness Clubs", "Personal Trainer", "Feb 2017", "Feb 2019"),
     job("Atlantic Fitness Clubs", "Membership Consultant", "Jun 2016", "Jan 2017"),
     job("City of Cape Town", "Lifeguard (seasonal)", "Dec 2014", "Mar 2015")],
    ["Strength & conditioning", "Olympic lifting technique", "Pre/post-natal training",
     "Nutrition coaching", "Mobility & injury prevention", "Sales & client retention"])))

# ---------------------------------------------------------------- 16 QA test analyst (Singapore)
R.append(("w5_16_qa_test_analyst_md", """
# Nurul Aisyah binte Rahman
`Senior QA Engineer` · `ISTQB CTFL` · Singapore

+65 8555 0348 · nurul.aisyah@example.com.sg · github.com/nurulqa-example

---

### Summary
QA engineer with 8 years across banking, logistics and consumer apps. I build test automation
that developers actually keep running: Playwright and REST-assured suites in CI, plus the manual
exploratory testing that catches what scripts miss.

---

### Experience

**Senior QA Engineer** @ Kopi Labs Pte. Ltd.
`Mar 2022 – Present` · Singapore (hybrid)
- Own the test strategy for a food-delivery super-app (iOS, Android, web), 3 squads
- Moved the regression suite from Selenium to Playwright: 4 h → 35 min in GitHub Actions
- Introduced contract testing (Pact) between 14 microservices

**Test Analyst** @ Merlion Bank (contract through TalentBridge Asia Pte Ltd)
`Jan 2020 – Feb 2022` · Marina Bay
- SIT and UAT for the PayNow corporate payments upgrade
- API test automation with REST-assured; defect triage in Jira
- Performance scripts in JMeter for peak-day load tests

**QA Executive** @ Lion City Logistics Pte Ltd
`Oct 2017 – Dec 2019` · Tuas
- Manual and automated testing of the warehouse management system
- Wrote test cases in TestRail; trained 3 UAT users per site

**Software Testing Intern** @ Pixelforge Studios
`Mar 2016 – Aug 2016`

---

### Tech stack
`Playwright` `Selenium` `REST-assured` `Postman` `JMeter` `Pact` `Appium` `Jira` `TestRail` `SQL` `Java` `TypeScript`

---

### Education
- **BSc (Hons) Computing and Information Systems** — University of London (via SIM), part-time, 2018–2021
- **Diploma in Information Technology** — Nanyang Polytechnic, 2014–2017

### Certifications
- ISTQB Certified Tester Foundation Level (2018)
- ISTQB Agile Tester Extension (2020)

### Languages
English, Malay, basic Mandarin
""", truth(
    "Nurul Aisyah binte Rahman", "nurul.aisyah@example.com.sg", "+65 8555 0348",
    [job("Kopi Labs Pte. Ltd.", "Senior QA Engineer", "Mar 2022"),
     job("Merlion Bank", "Test Analyst", "Jan 2020", "Feb 2022"),
     job("Lion City Logistics Pte Ltd", "QA Executive", "Oct 2017", "Dec 2019"),
     job("Pixelforge Studios", "Software Testing Intern", "Mar 2016", "Aug 2016")],
    ["Playwright", "Selenium", "REST-assured", "Postman", "JMeter", "Pact", "Appium", "Jira", "TestRail",
     "SQL", "Java", "TypeScript"])))


if __name__ == "__main__":
    assert len(R) == 6
    for base, text, t in R:
        write_text(base, "md", text)
        write_truth(base, t)
    print("md: wrote", len(R))
