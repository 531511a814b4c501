"""PDF resumes w6_24 .. w6_30 (reportlab canvas)."""
from reportlab.lib.pagesizes import A4, LETTER
from common import job, truth, write_truth
from pdf_engine import PDF, Col, wrap


# ---------------------------------------------------------------- 24 makeup artist, UK: left sidebar
def r24():
    base = "w6_24_makeup_artist_pdf"
    W, H = A4
    SB = 185

    def bg(p):
        p.rect(0, 0, SB, H, "#3B2F3A")
    p = PDF(base, A4, on_page=bg, title="Amara Osei-Bonsu - CV")
    side = Col(p, 22, SB - 40, H - 60, 40, breakable=False)
    white, pink = "#FFFFFF", "#E8B9C9"

    def sh(t):
        side.heading_caps(t, "Helvetica-Bold", 9.5, pink, gap=16, spacing=1.2)
    sh("Contact")
    for s in ["07700 900641", "hello@amaraosei.example", "@amara.mua (Instagram)", "South London / travels UK-wide"]:
        side.line(s, "Helvetica", 8.6, white, lead=12.5)
    sh("Skills")
    skills = ["Bridal & editorial makeup", "Airbrush (Temptu)", "SFX & prosthetics (basic)",
              "Afro & textured hair styling", "Skin prep for all skin tones", "Continuity on set",
              "Lash application"]
    for s in skills:
        side.para(s, "Helvetica", 8.6, white, lead=12, bullet="•", bullet_indent=8)
    sh("Kit & Brands")
    side.para("Charlotte Tilbury, Pat McGrath Labs, Fenty, Danessa Myricks, Kryolan, Mehron",
              "Helvetica", 8.6, white, lead=12)
    sh("Education")
    side.para("VTCT Level 3 Diploma in Theatrical, Special Effects & Hair and Media Make-up", "Helvetica-Bold", 8.6, white, lead=12)
    side.para("London College of Beauty Therapy, 2013", "Helvetica", 8.6, white, lead=12)
    side.space(4)
    side.para("BTEC Level 3 Art & Design - Croydon College, 2011", "Helvetica", 8.6, white, lead=12)
    sh("Also")
    side.para("Enhanced DBS (for schools/child performers)", "Helvetica", 8.6, white, lead=12)
    side.para("Full UK driving licence + own car", "Helvetica", 8.6, white, lead=12)

    main = Col(p, SB + 30, W - SB - 30 - 42, H - 50, 40, breakable=False)
    main.line("AMARA OSEI-BONSU", "Helvetica-Bold", 24, "#3B2F3A", lead=26)
    main.line("Freelance Makeup & Hair Artist  —  Bridal · Editorial · Film", "Helvetica", 11, "#8C5A6E", lead=18)
    acc = "#8C5A6E"

    def mh(t):
        main.heading_caps(t, "Helvetica-Bold", 11, "#3B2F3A", rule="#C9A3B3", gap=14)
    mh("Profile")
    main.para("Makeup artist with over ten years in retail, bridal and freelance work. Known for flawless, "
              "long-wearing skin on every skin tone, calm energy on busy wedding mornings and quick "
              "turnarounds backstage. Happy working solo or as part of a hair and makeup team.",
              size=9.5, lead=13)
    mh("Experience")

    def role(title, org, dates, bullets):
        main.space(4)
        main.lr(title, dates, "Helvetica-Bold", "Helvetica-Oblique", 10.5, "#222222", acc, rsize=9.5)
        main.line(org, "Helvetica", 9.5, acc, lead=12.5)
        for b in bullets:
            main.para(b, size=9.2, lead=12.5, bullet="•")
    role("Freelance Makeup & Hair Artist", "Self-employed  ·  London & South East", "2017 – present",
         ["Bridal: 150+ weddings including Ghanaian, Nigerian and Indian ceremonies with multi-look days.",
          "Backstage at London Fashion Week (SS19, AW22, SS24) for three emerging designers.",
          "Key makeup artist on short film 'The Long Thaw' (2023); dailies on two BBC drama productions.",
          "Editorial shoots for independent magazines and skincare brand campaigns."])
    role("Senior Makeup Artist", "Lumière Cosmetics  ·  Selfridges, Oxford Street", "Mar 2015 – Aug 2017",
         ["Top-selling artist on the counter 2016; ran masterclasses and in-store events.",
          "Trained 8 new artists on colour matching for deeper skin tones."])
    role("Makeup Artist", "Harlow Bridal Studio, Harlow", "2013 – 2015",
         ["Bridal trials and wedding-day makeup; prom and occasion bookings."])
    role("Beauty Advisor (part-time)", "Kingsway Pharmacy & Beauty, Croydon", "2011 – 2013",
         ["Skincare and fragrance sales while studying."])
    mh("Selected Clients")
    main.para("Vogue Scandinavia (online), Nubian Skin, Mahogany Bridal Show, Afro Hair & Beauty Live, "
              "BBC Studios (dailies)", size=9.2, lead=12.5)
    main.space(10)
    main.line("Portfolio and references available on request.", "Helvetica-Oblique", 9, "#666666")
    p.save()
    write_truth(base, truth(
        "Amara Osei-Bonsu", "hello@amaraosei.example", "07700 900641",
        [job("Self-employed", "Freelance Makeup & Hair Artist", "2017"),
         job("Lumière Cosmetics", "Senior Makeup Artist", "Mar 2015", "Aug 2017"),
         job("Harlow Bridal Studio", "Makeup Artist", "2013", "2015"),
         job("Kingsway Pharmacy & Beauty", "Beauty Advisor (part-time)", "2011", "2013")],
        skills))


# ---------------------------------------------------------------- 25 phlebotomist, US: one column, right dates
def r25():
    base = "w6_25_phlebotomist_pdf"
    W, H = LETTER
    p = PDF(base, LETTER, title="Marisol Gutierrez Resume")
    c = Col(p, 54, W - 108, H - 50, 50, breakable=False)
    c.line("MARISOL GUTIÉRREZ, CPT", "Times-Bold", 20, align="center", lead=22)
    c.line("Phoenix, AZ 85031  |  (602) 555-0114  |  marisol.gutierrez@example.com", "Times-Roman", 10.5,
           align="center", lead=15)

    def h(t):
        c.heading_caps(t, "Times-Bold", 11.5, "#000000", rule="#000000", gap=12)
    h("Professional Summary")
    c.para("Certified Phlebotomy Technician (NHA) with 6+ years drawing blood in hospital, outpatient lab and "
           "plasma center settings. 99.2% first-stick success rate, comfortable with pediatric, geriatric and "
           "difficult-access patients. Bilingual English/Spanish.", "Times-Roman", 10.5, lead=13.5)
    h("Core Skills")
    skills = ["Venipuncture & capillary puncture", "Pediatric & geriatric draws", "Order of draw (CLSI)",
              "Specimen processing & centrifugation", "Epic Beaker", "Cerner PathNet",
              "Chain-of-custody drug screens", "Blood culture collection", "Bilingual English/Spanish"]
    col_w = c.w / 3
    for i in range(0, len(skills), 3):
        c.need(14)
        c.y -= 14
        for j, s in enumerate(skills[i:i + 3]):
            p.draw(c.x + j * col_w, c.y, "• " + s, "Times-Roman", 10)
    h("Experience")

    def role(title, dates, org, bullets):
        c.space(3)
        c.lr(title, dates, "Times-Bold", "Times-Roman", 11)
        c.line(org, "Times-Italic", 10.5, lead=13)
        for b in bullets:
            c.para(b, "Times-Roman", 10.5, lead=13.5, bullet="•")
    role("Phlebotomist II", "05/2021 – Present", "St. Agnes Regional Medical Center — Phoenix, AZ",
         ["Perform 60–80 draws per shift on inpatient floors, ED and ICU; timed draws and STAT orders.",
          "Preceptor for new hires and phlebotomy students from two local programs.",
          "Cut hemolyzed specimen rate in ED from 6.1% to 2.4% through a technique refresher."])
    role("Phlebotomy Technician", "08/2018 – 04/2021", "LabPoint Diagnostics — Glendale, AZ",
         ["Patient service center draws, urine and drug-screen collections (DOT and non-DOT).",
          "Registered patients, verified insurance and labeled/processed specimens for courier pickup."])
    role("Patient Service Technician (PRN)", "01/2019 – 12/2019", "Desert Sun Plasma Center — Tempe, AZ",
         ["Donor screening: vitals, hematocrit and total protein; venipuncture for plasmapheresis."])
    role("Certified Nursing Assistant", "2016 – 2018", "Sunrise Ridge Senior Living — Phoenix, AZ",
         ["ADLs, vitals and charting for 12 residents per shift in memory care."])
    h("Education & Certifications")
    for s in ["Certified Phlebotomy Technician (CPT), National Healthcareer Association — 2018",
              "Phlebotomy Technician Program, Phoenix College — 2018",
              "Certified Nursing Assistant, Arizona State Board of Nursing — 2016 (lapsed)",
              "BLS for Healthcare Providers, American Heart Association — current"]:
        c.para(s, "Times-Roman", 10.5, lead=13.5, bullet="•")
    p.save()
    write_truth(base, truth(
        "Marisol Gutiérrez", "marisol.gutierrez@example.com", "(602) 555-0114",
        [job("St. Agnes Regional Medical Center", "Phlebotomist II", "05/2021"),
         job("LabPoint Diagnostics", "Phlebotomy Technician", "08/2018", "04/2021"),
         job("Desert Sun Plasma Center", "Patient Service Technician (PRN)", "01/2019", "12/2019"),
         job("Sunrise Ridge Senior Living", "Certified Nursing Assistant", "2016", "2018")],
        skills))


# ---------------------------------------------------------------- 26 audio engineer, Jamaica: left dates, small caps
def r26():
    base = "w6_26_audio_engineer_pdf"
    W, H = A4
    p = PDF(base, A4, title="Kemar Whyte CV")
    c = Col(p, 56, W - 112, H - 52, 48, breakable=False)
    c.line("Kemar “Tallpree” Whyte", "Times-Bold", 22, lead=24)
    c.line("Recording, Mix & Live Sound Engineer", "Times-Italic", 12, "#444444", lead=16)
    c.line("Kingston, Jamaica  ·  +1 876 555 0163  ·  kemar.whyte@example.com  ·  soundcloud.com/tallpree-example",
           "Times-Roman", 10, lead=14)
    DX = 92

    def h(t):
        c.heading_smallcaps(t, "Times-Bold", 13, "#7A1F1F", rule="#7A1F1F", gap=12)
    h("Profile")
    c.para("Engineer with a decade in Kingston studios and on the road. Tracked and mixed reggae, dancehall "
           "and gospel records for independent labels, and mixed front of house for touring artists at "
           "festivals in Europe and North America. Avid Pro Tools certified.", "Times-Roman", 10.5, lead=14)
    h("Experience")

    def role(dates, title, org, bullets):
        c.space(4)
        c.need(14)
        top = c.y
        p.draw(c.x, top - 14, dates, "Times-Roman", 10.5, "#7A1F1F")
        c.line(title, "Times-Bold", 11, dx=DX, lead=14)
        c.line(org, "Times-Italic", 10.5, dx=DX, lead=13.5)
        for b in bullets:
            c.para(b, "Times-Roman", 10.2, lead=13.3, dx=DX, bullet="–")
    role("2016 – now", "Head Recording & Mix Engineer", "Riddim Yard Recording, Kingston",
         ["Run the main room (SSL AWS 948, Pro Tools HDX); 300+ sessions a year.",
          "Mixed 14 albums and 60+ singles; two tracks charted on Billboard Reggae Digital Song Sales.",
          "Train and schedule two assistant engineers and interns."])
    role("2018 – 2019", "Front of House Engineer (tour contract)",
         "Island Pulse Touring Ltd — Europe & North America summer tours",
         ["FOH for a 9-piece reggae band: 48 shows incl. Summerjam and Rototom Sunsplash.",
          "Built the DiGiCo SD12 show file and Dante stage network; managed local crews."])
    role("2014 – 2016", "Assistant Engineer", "Harbour View Studios, Kingston",
         ["Session setup, mic placement, Pro Tools editing and tape-to-digital transfers."])
    role("Summer 2013", "Intern, Sound Department", "Blue Mahoe Broadcasting Ltd, Kingston",
         ["Radio production, ad voice-over recording and live outside broadcasts."])
    h("Selected Credits")
    for s in ["“Zion Gate” — album, mix & master (2023)", "“Frontline Youth” — single, recording & mix (2021)",
              "Live at Emancipation Park — FOH & broadcast mix (2022)"]:
        c.para(s, "Times-Roman", 10.2, lead=13.3, bullet="•")
    h("Skills")
    skills = ["Pro Tools HD (Avid Certified User)", "Logic Pro", "Ableton Live", "SSL & Neve consoles",
              "DiGiCo & Yamaha CL live desks", "Dante networking", "Mixing & mastering",
              "Live drum & horn mic technique"]
    half = c.w / 2
    for i in range(0, len(skills), 2):
        c.need(14)
        c.y -= 13.5
        for j, s in enumerate(skills[i:i + 2]):
            p.draw(c.x + j * half, c.y, "• " + s, "Times-Roman", 10.2)
    h("Education")
    c.para("Diploma in Audio Engineering — SAE Institute (online/blended), 2014", "Times-Roman", 10.2, lead=13.3)
    c.para("CSEC & CAPE — Kingston College, 2011", "Times-Roman", 10.2, lead=13.3)
    p.save()
    write_truth(base, truth(
        "Kemar Whyte", "kemar.whyte@example.com", "+1 876 555 0163",
        [job("Riddim Yard Recording", "Head Recording & Mix Engineer", "2016"),
         job("Island Pulse Touring Ltd", "Front of House Engineer (tour contract)", "2018", "2019"),
         job("Harbour View Studios", "Assistant Engineer", "2014", "2016"),
         job("Blue Mahoe Broadcasting Ltd", "Intern, Sound Department", "Summer 2013")],
        skills))


# ---------------------------------------------------------------- 27 statistician, Ghana: 2 pages, all caps, break
def r27():
    base = "w6_27_statistician_pdf"
    W, H = A4

    def pn(p):
        p.draw(W / 2, 28, f"Page {p.page} of 2", "Helvetica", 8, "#777777", "center")
    p = PDF(base, A4, on_page=pn, title="CV - Abena Serwaa Owusu")
    c = Col(p, 60, W - 120, H - 56, 60, breakable=True, top_next=H - 56)
    c.line("ABENA SERWAA OWUSU", "Helvetica-Bold", 18, lead=20)
    c.line("Senior Statistician  |  Survey Methodology & Official Statistics", "Helvetica", 10.5, "#333333", lead=15)
    c.line("East Legon, Accra, Ghana  |  +233 24 555 0172  |  abena.owusu@example.com.gh", "Helvetica", 9.5, lead=13)

    def h(t):
        c.heading_caps(t, "Helvetica-Bold", 10.5, "#0B4F3C", rule="#0B4F3C", gap=13)
    h("Professional Summary")
    c.para("Statistician with over 11 years' experience in household surveys, censuses and administrative "
           "data. Led sampling and weighting for national labour force and living standards surveys, "
           "supervised CAPI data collection for 4,000+ enumerators during the national census, and "
           "trained district staff in R and Stata. Strong record of publishing timely, documented "
           "statistical releases in line with the UN Fundamental Principles of Official Statistics.",
           lead=13)
    h("Core Competencies")
    for s in ["Survey sampling design, weighting and variance estimation",
              "Census and household survey operations (CAPI, CSPro, Survey Solutions)",
              "Poverty, labour market and price statistics (CPI)",
              "Small area estimation and data quality assurance",
              "Capacity building and training of trainers"]:
        c.para(s, lead=13, bullet="•")
    h("Key Achievements")
    for s in ["Cut the release lag of quarterly labour force statistics from 14 to 8 weeks after the end of the "
              "reference quarter by automating weighting and tabulation in R.",
              "Designed the first district-level poverty map for Ghana using small area estimation, now used "
              "to target the national social protection programme.",
              "Trained over 300 statistical staff and district officers in Stata, R and CAPI data monitoring.",
              "Awarded the Government Statistician's Award for Excellence, 2022.",
              "Secured a USD 250,000 technical assistance grant to modernise CPI data collection with tablets."]:
        c.para(s, lead=13, bullet="•")
    h("Professional Experience")

    def emp(name):
        c.space(4)
        c.line(name, "Helvetica-Bold", 10.5, "#0B4F3C", lead=14)

    spans = []

    def role(title, dates, bullets, loc=None):
        c.lr(title, dates, "Helvetica-BoldOblique", "Helvetica", 10, lead=13.5)
        first = p.page
        if loc:
            c.line(loc, "Helvetica-Oblique", 9, "#555555", lead=12)
        for b in bullets:
            c.para(b, size=9.5, lead=12.8, bullet="•", dx=6)
        spans.append((title, first, p.page, round(c.y)))
        c.space(3)
    emp("Ghana Statistical Service, Accra")
    pages = {}
    pages["gss_start"] = p.page
    role("Senior Statistician, Social & Demographic Statistics", "October 2019 – Present",
         ["Technical lead for sampling and weighting of the quarterly Annual Household Income and "
          "Expenditure Survey (AHIES) — 15,000 households per quarter.",
          "Deputy coordinator for data quality during the 2021 Population and Housing Census; designed "
          "real-time CAPI monitoring dashboards used by 260 district supervisors.",
          "Produce quarterly labour force statistics releases (unemployment, underemployment, NEET) "
          "and metadata to SDDS standards.",
          "Designed small area estimates of multidimensional poverty for all 261 districts with the "
          "World Bank poverty team.",
          "Represented the Service at AFRISTAT and UN Statistical Commission side events; co-authored the "
          "national strategy for the development of statistics (NSDS III) chapter on social statistics.",
          "Line manager for 6 statisticians; run a monthly R users' clinic for staff across directorates.",
          "Reviewed data-sharing agreements and anonymisation of public-use microdata files (sdcMicro).",
          "Led the pilot of phone-based (CATI) data collection during COVID-19 restrictions, achieving "
          "a 71% response rate across two panel waves."])
    pages["sr_end"] = p.page
    role("Statistician II, Economic Statistics", "June 2016 – September 2019",
         ["Compiled monthly Consumer Price Index: price collection supervision in 44 markets, "
          "imputation and quality adjustment.",
          "Rebased the CPI basket (2018 = 100) with updated expenditure weights.",
          "Maintained the business register used for the Integrated Business Establishment Survey."])
    pages["gss_end"] = p.page
    emp("Korle Health Research Centre, Accra")
    role("Research Data Analyst", "January 2014 – May 2016",
         ["Data management and analysis for a 3-arm cluster-randomised malaria trial (n = 9,600).",
          "Built CSPro entry applications and double-entry verification; wrote Stata do-files for DSMB reports."])
    emp("University of Ghana, Legon")
    role("Teaching Assistant, Department of Statistics & Actuarial Science", "September 2013 – December 2013",
         ["Tutorials for STAT 201 (Probability) and STAT 224 (Sampling Techniques)."])
    emp("Ministry of Finance, Accra")
    role("National Service Personnel (Statistics Unit)", "September 2012 – August 2013",
         ["Mandatory national service year; compiled district revenue data and prepared charts for the "
          "annual budget statement."])
    h("Education")
    for s in ["MPhil Statistics — University of Ghana, Legon, 2016 (thesis: Bayesian small area estimation "
              "of child stunting)",
              "BSc Statistics (First Class Honours) — Kwame Nkrumah University of Science and Technology, 2012",
              "Certificate in Survey Methodology — University of Michigan Summer Institute, 2018"]:
        c.para(s, lead=13, bullet="•")
    h("Technical Skills")
    skills = ["Stata", "R (survey, tidyverse, sae)", "SPSS", "CSPro", "Survey Solutions (CAPI)",
              "Python (pandas)", "Power BI", "SQL", "sdcMicro", "LaTeX"]
    for s in skills:
        c.para(s, lead=12.5, bullet="–")
    h("Publications & Reports")
    for s in ["Owusu, A.S. et al. (2023). Multidimensional Poverty Report: District Estimates. Accra: GSS.",
              "Owusu, A.S. & Mensah, K. (2020). Sampling design of the AHIES. Ghana Journal of Statistics, 9(2).",
              "Contributor, 2021 PHC General Report Volume 3A: Population of Regions and Districts."]:
        c.para(s, size=9.5, lead=12.8, bullet="•")
    h("Professional Memberships & Training")
    for s in ["Member, Ghana Statistical Association; International Association of Survey Statisticians (IASS)",
              "UNSIAP course on Small Area Estimation, Tokyo, 2019",
              "IMF/AFRITAC West 2 workshop on CPI compilation, Accra, 2017"]:
        c.para(s, size=9.5, lead=12.8, bullet="•")
    h("Referees")
    for s in ["Dr. Kofi Mensah, Deputy Government Statistician, Ghana Statistical Service — +233 20 555 0190",
              "Prof. Akosua Darko, Head, Department of Statistics & Actuarial Science, University of Ghana — "
              "+233 24 555 0133"]:
        c.para(s, size=9.5, lead=12.8)
    npages = p.save()
    assert npages == 2, npages
    print(base, spans)
    assert any(a != b for _, a, b, _y in spans), spans  # a job crosses the page break
    write_truth(base, truth(
        "Abena Serwaa Owusu", "abena.owusu@example.com.gh", "+233 24 555 0172",
        [job("Ghana Statistical Service", "Senior Statistician, Social & Demographic Statistics", "October 2019"),
         job("Ghana Statistical Service", "Statistician II, Economic Statistics", "June 2016", "September 2019"),
         job("Korle Health Research Centre", "Research Data Analyst", "January 2014", "May 2016"),
         job("University of Ghana", "Teaching Assistant, Department of Statistics & Actuarial Science",
             "September 2013", "December 2013"),
         job("Ministry of Finance", "National Service Personnel (Statistics Unit)", "September 2012", "August 2013")],
        skills))


# ---------------------------------------------------------------- 28 process operator, Netherlands: left dates
def r28():
    base = "w6_28_process_operator_pdf"
    W, H = A4
    p = PDF(base, A4, title="CV Ruud Bakker")
    orange = "#E06A1B"
    p.rect(0, H - 110, W, 110, "#F4F4F4")
    p.draw(50, H - 58, "Ruud Bakker", "Helvetica-Bold", 26, "#222222")
    p.draw(50, H - 80, "Process Operator A  ·  Chemical industry  ·  Rotterdam-Botlek", "Helvetica", 11, orange)
    p.draw(W - 50, H - 52, "Spijkenisse, NL", "Helvetica", 9.5, "#222222", "right")
    p.draw(W - 50, H - 66, "+31 6 5555 0288", "Helvetica", 9.5, "#222222", "right")
    p.draw(W - 50, H - 80, "r.bakker@example.nl", "Helvetica", 9.5, "#222222", "right")
    p.draw(W - 50, H - 94, "Born 1990 · Driving licence B", "Helvetica", 9.5, "#222222", "right")
    c = Col(p, 50, W - 100, H - 125, 45, breakable=False)
    DX = 105

    def h(t):
        c.space(12)
        c.need(30)
        p.rect(c.x, c.y - 17, 4, 15, orange)
        c.y -= 15
        p.draw(c.x + 10, c.y, t, "Helvetica-Bold", 12, "#222222")
        c.y -= 4
    h("Profile")
    c.para("Experienced shift operator (5-shift roster) in continuous polymer production. Control-room and "
           "field qualified, calm during upsets and start-ups, and strict about safety. Looking for a "
           "senior operator or shift-lead role in the Rotterdam port area.", lead=13.2)
    h("Work experience")

    def role(dates, title, org, bullets):
        c.space(5)
        c.need(14)
        p.draw(c.x, c.y - 13, dates, "Helvetica-Bold", 9.5, orange)
        c.line(title, "Helvetica-Bold", 10.2, dx=DX, lead=13)
        c.line(org, "Helvetica", 9.5, "#555555", dx=DX, lead=12.5)
        for b in bullets:
            c.para(b, size=9.3, lead=12.5, dx=DX, bullet="•")
    role("2018 – present", "Process Operator A", "Botlek Polymers B.V., Rotterdam",
         ["Control-room operator on the polypropylene line (Honeywell Experion DCS), 5-shift roster.",
          "Coordinate start-ups, shutdowns and turnarounds with maintenance; issue work permits.",
          "Member of the plant emergency response team (BHV); trainer for new B-operators."])
    role("2014 – 2018", "Process Operator B", "Botlek Polymers B.V., Rotterdam",
         ["Field rounds, sampling, product changeovers, loading of silo trucks."])
    role("2011 – 2014", "Field Operator", "Europoort Tank Storage B.V., Rotterdam",
         ["Started through a temp agency, permanent contract from 2012.",
          "Ship and barge (un)loading of chemicals and mineral oils; line-ups, tank gauging, LOTO."])
    role("2009 – 2011", "Production Worker", "Zuid-Holland Zuivel B.V., Barendrecht",
         ["Filling and packaging line, CIP cleaning, HACCP checks."])
    h("Education")
    for d, t in [("2007 – 2009", "MBO Process Operator level 3 — Albeda College, Rotterdam"),
                 ("2016", "MBO Process Technician level 4 (BBL, part-time) — Albeda College")]:
        c.space(3)
        p.draw(c.x, c.y - 12.5, d, "Helvetica-Bold", 9.5, orange)
        c.line(t, "Helvetica", 9.5, dx=DX, lead=12.5)
    h("Certificates")
    c.para("VCA-VOL  ·  BHV (company emergency response)  ·  Gas measurement (gasmeten)  ·  "
           "Forklift (heftruck)  ·  Working with breathing apparatus (ademlucht)", size=9.5, lead=13, dx=DX)
    h("Skills")
    skills = ["Honeywell Experion DCS", "SAP PM notifications", "Permit-to-work & LOTO", "Sampling & basic lab analysis",
              "Troubleshooting pumps & compressors", "Start-up / shutdown procedures"]
    for s in skills:
        c.para(s, size=9.5, lead=12.8, dx=DX, bullet="•")
    h("Languages")
    c.para("Dutch (native)  ·  English (good)  ·  German (basic)", size=9.5, lead=13, dx=DX)
    p.save()
    write_truth(base, truth(
        "Ruud Bakker", "r.bakker@example.nl", "+31 6 5555 0288",
        [job("Botlek Polymers B.V.", "Process Operator A", "2018"),
         job("Botlek Polymers B.V.", "Process Operator B", "2014", "2018"),
         job("Europoort Tank Storage B.V.", "Field Operator", "2011", "2014"),
         job("Zuid-Holland Zuivel B.V.", "Production Worker", "2009", "2011")],
        skills))


# ---------------------------------------------------------------- 29 aircraft maintenance engineer, Singapore
def r29():
    base = "w6_29_aircraft_maintenance_engineer_pdf"
    W, H = A4
    navy = "#16325C"

    def deco(p):
        p.rect(0, H - 12, W, 12, navy)
        if p.page > 1:
            p.draw(W - 54, H - 34, "Ravindran s/o Muthusamy — page 2", "Times-Italic", 8.5, "#666666", "right")
    p = PDF(base, A4, on_page=deco, title="Resume")
    c = Col(p, 58, W - 116, H - 40, 56, breakable=True, top_next=H - 48)
    c.line("RAVINDRAN S/O MUTHUSAMY", "Times-Bold", 20, navy, lead=24)
    c.line("Licensed Aircraft Engineer  (CAAS Part-66 B1.1)", "Times-Roman", 12, lead=16)
    c.line("Tampines, Singapore  ·  +65 8555 0192  ·  ravindran.m@example.sg", "Times-Roman", 10.5, lead=15)

    def h(t):
        c.heading_smallcaps(t, "Times-Bold", 13, navy, rule=navy, gap=12)
    h("Profile")
    c.para("B1.1 licensed aircraft engineer with 14 years of military and civil aircraft maintenance. Type "
           "rated on the Airbus A350 and Boeing 777 (GE90 & Trent XWB). Experienced in line, transit and "
           "heavy maintenance checks, AOG recovery and mentoring of technicians. Safety-first mindset with a "
           "clean audit record under SAR-145.", "Times-Roman", 10.8, lead=14.2)
    h("Licences & Type Ratings")
    for s in ["CAAS Aircraft Maintenance Licence (AML) Part-66 Category B1.1 — issued 2019",
              "Type ratings: Airbus A350-900/1000 (RR Trent XWB), Boeing 777-200/300ER (GE90)",
              "Engine ground run & taxi authorisation (A350, B777)",
              "Borescope inspection authorisation (Trent XWB)",
              "Human Factors, EWIS and Fuel Tank Safety (CDCCL) — recurrent 2024"]:
        c.para(s, "Times-Roman", 10.8, lead=14, bullet="•")
    h("Education")
    for s in ["Diploma in Aerospace Electronics — Singapore Polytechnic, 2010",
              "Specialist Diploma in Aircraft Maintenance Engineering (B1) — SAR-147 approved course, 2018"]:
        c.para(s, "Times-Roman", 10.8, lead=14, bullet="•")
    h("Skills")
    skills = ["Line & base maintenance (A-check to C-check)", "Troubleshooting with AMM, TSM, WDM, IPC",
              "Borescope inspection (Olympus IPLEX)", "Engine ground runs (Trent XWB, GE90)",
              "AMOS & SAP maintenance records", "Flight control rigging", "Composite repair (basic)"]
    for s in skills:
        c.para(s, "Times-Roman", 10.8, lead=14, bullet="•")
    h("Aircraft Type Experience")
    for s in ["Airbus A350-900 / A350-1000 (Rolls-Royce Trent XWB) — 2020 to date, line & transit",
              "Boeing 777-200ER / 777-300ER (GE90-115B) — 2016 to date, base & line",
              "Boeing KC-135R Stratotanker (CFM56) and Lockheed C-130H (T56) — RSAF, 2010 – 2016",
              "Bombardier Challenger 605, ATR 72-600 — attachment, 2009"]:
        c.para(s, "Times-Roman", 10.8, lead=14, bullet="•")
    h("Career History")
    marks = {}

    def emp(name, loc):
        c.space(4)
        c.lr(name, loc, "Times-Bold", "Times-Roman", 11.5, navy)

    def role(title, dates, bullets, key=None):
        c.lr(title, dates, "Times-BoldItalic", "Times-Italic", 11, lead=15)
        if key:
            marks[key + "_start"] = p.page
        for b in bullets:
            c.para(b, "Times-Roman", 10.6, lead=13.8, bullet="–", dx=8)
        marks[title] = (p.page, round(c.y))
        if key:
            marks[key + "_end"] = p.page
        c.space(3)
    emp("Changi Aero Engineering Services Pte Ltd", "Singapore")
    role("Licensed Aircraft Engineer (B1 – A350 / B777)", "Jan 2020 – Present",
         ["Certify release to service for transit, daily and weekly checks on A350 and B777 fleets of "
          "three foreign carriers; 12-hour rotating shifts.",
          "Lead engineer for AOG recovery: engine bleed valve, IDG and brake unit changes within ground time.",
          "Perform and certify A-checks and deferred defect rectification using AMM, TSM, WDM and IPC.",
          "Troubleshoot ECAM/EICAS messages with OEM support (Airbus AIRTAC, Boeing MyBoeingFleet).",
          "Trainer and assessor for 9 B1 licence candidates on the A350 practical task book.",
          "Key member of the station's 2022 SAR-145 audit with zero level-1 findings.",
          "Introduced a shift handover checklist in AMOS that reduced repeat defects by 18%.",
          "Engine borescope inspections on Trent XWB HP turbine blades after bird strikes and FOD events.",
          "Coordinate with Maintenance Control Centres of customer airlines on MEL deferrals and spares.",
          "Raise and close technical log entries, MEL deferrals and robbery records in AMOS; audit tech logs weekly.",
          "Participate in root-cause investigations (MEDA) for maintenance errors and recommend corrective actions."],
         key="cae")
    role("Aircraft Technician II", "Jul 2016 – Dec 2019",
         ["B777 C-checks in hangar: structural inspections, flight control rigging, landing gear swaps.",
          "Completed B1 modules and type course while working full time; licence issued 2019."])
    emp("Republic of Singapore Air Force", "Paya Lebar Air Base")
    role("Aircraft Technician, Military Expert 2 (ME2)", "Jul 2010 – Jun 2016",
         ["Flight-line and second-line maintenance on KC-135R tankers and C-130H transports.",
          "Avionics and electrical systems troubleshooting; aircraft documentation under RSAF "
          "airworthiness regulations. Attained ME2 rank in 2013."])
    emp("Seletar Aviation Services Pte Ltd", "Singapore")
    role("Aircraft Maintenance Trainee (Industrial Attachment)", "Mar 2009 – Aug 2009",
         ["Polytechnic attachment: line maintenance support on business jets and turboprops."])
    h("Awards")
    c.para("Changi Aero Engineering 'Safety Champion' award, 2023; RSAF Commendation for Good Service, 2015.",
           "Times-Roman", 10.8, lead=14)
    h("Personal")
    c.para("Singapore Citizen  ·  Languages: English, Tamil, Malay (conversational)  ·  "
           "NS status: Completed (regular service, RSAF)  ·  Notice period: 1 month", "Times-Roman", 10.8, lead=14)
    npages = p.save()
    assert npages == 2, npages
    assert marks["cae_start"] == 1 and marks["cae_end"] == 2, marks
    write_truth(base, truth(
        "Ravindran s/o Muthusamy", "ravindran.m@example.sg", "+65 8555 0192",
        [job("Changi Aero Engineering Services Pte Ltd", "Licensed Aircraft Engineer (B1 – A350 / B777)", "Jan 2020"),
         job("Changi Aero Engineering Services Pte Ltd", "Aircraft Technician II", "Jul 2016", "Dec 2019"),
         job("Republic of Singapore Air Force", "Aircraft Technician, Military Expert 2 (ME2)", "Jul 2010", "Jun 2016"),
         job("Seletar Aviation Services Pte Ltd", "Aircraft Maintenance Trainee (Industrial Attachment)", "Mar 2009", "Aug 2009")],
        skills))


# ---------------------------------------------------------------- 30 immigration consultant, Canada: right sidebar
def r30():
    base = "w6_30_immigration_consultant_pdf"
    W, H = LETTER
    teal = "#0F5E63"
    p = PDF(base, LETTER, title="Harpreet Kaur Sandhu RCIC Resume")
    p.draw(50, H - 60, "HARPREET KAUR SANDHU, RCIC", "Helvetica-Bold", 20, teal)
    p.draw(50, H - 80, "Regulated Canadian Immigration Consultant  —  CICC Licence #R555014", "Helvetica", 10.5, "#333333")
    p.draw(50, H - 96, "Surrey, BC  |  (604) 555-0158  |  harpreet.sandhu@example.ca", "Helvetica", 10, "#333333")
    p.hline(50, W - 50, H - 108, teal, 1.5)
    SBX = W - 50 - 160
    p.rect(SBX - 12, 40, 172, H - 160, "#EAF3F3")
    main = Col(p, 50, SBX - 50 - 28, H - 112, 45, breakable=False)
    side = Col(p, SBX, 150, H - 116, 45, breakable=False)

    def mh(t):
        main.heading_caps(t, "Helvetica-Bold", 10.5, teal, rule="#9CC3C5", gap=12)

    def sh(t):
        side.heading_caps(t, "Helvetica-Bold", 9.5, teal, gap=12)
    mh("Summary")
    main.para("RCIC in good standing since 2018 with a 97% approval rate across 600+ files. Focus on economic "
              "immigration (Express Entry, BC PNP), study and work permits, and family sponsorship. Fluent in "
              "English, Punjabi and Hindi; known for clear, honest advice and meticulous submissions.",
              size=9.5, lead=13)
    mh("Professional Experience")

    def role(title, dates, org, bullets):
        main.space(4)
        main.line(title, "Helvetica-Bold", 9.8, lead=13)
        main.lr(org, dates, "Helvetica-Oblique", "Helvetica", 9, "#333333", rcolor="#555555", lead=12.5)
        for b in bullets:
            main.para(b, size=9.1, lead=12.2, bullet="•")
    role("Senior Regulated Canadian Immigration Consultant", "Apr 2020 – Present",
         "Maple Gateway Immigration Services Inc., Surrey, BC",
         ["Manage a caseload of 80–100 active files; supervise 2 RCICs and 3 case assistants.",
          "Prepare LMIA and employer-driven BC PNP applications for trucking and health-care employers.",
          "Draft responses to procedural fairness letters; analyse GCMS notes for refused applicants.",
          "Deliver monthly free info sessions in Punjabi at community centres."])
    role("Regulated Canadian Immigration Consultant", "Jun 2018 – Mar 2020",
         "Maple Gateway Immigration Services Inc., Surrey, BC",
         ["Express Entry profiles, study permits, PGWP and spousal sponsorship applications."])
    role("Immigration Case Processing Assistant", "Sept 2015 – May 2018", "Whitmore Singh LLP, Vancouver, BC",
         ["Supported two immigration lawyers: document checklists, forms, translations and file tracking.",
          "Prepared Federal Court leave application records under lawyer supervision."])
    role("Settlement Worker (part-time)", "2013 – 2015", "Surrey Newcomer Welcome Centre, Surrey, BC",
         ["Helped newcomers with SIN, MSP, housing and school registration; referrals to ESL classes."])
    mh("Education")
    for s in ["Graduate Diploma in Immigration and Citizenship Law — Queen's University, 2018",
              "Bachelor of Arts (Sociology) — Simon Fraser University, 2014",
              "B.A. (Hons) English — Panjab University, Chandigarh, 2010 (WES-assessed)"]:
        main.para(s, size=9.2, lead=12.5, bullet="•")
    sh("Areas of Practice")
    skills = ["Express Entry & PNP", "Study & work permits", "Spousal & family sponsorship",
              "LMIA applications", "Procedural fairness responses", "GCMS notes analysis",
              "Visitor visas & TRPs", "Citizenship applications"]
    for s in skills:
        side.para(s, size=8.8, lead=12, bullet="•", bullet_indent=8)
    sh("Memberships")
    side.para("College of Immigration and Citizenship Consultants (CICC), #R555014", size=8.8, lead=12)
    side.space(3)
    side.para("Canadian Association of Professional Immigration Consultants (CAPIC)", size=8.8, lead=12)
    sh("Languages")
    for s in ["English (fluent)", "Punjabi (native)", "Hindi (fluent)", "Urdu (spoken)"]:
        side.line(s, "Helvetica", 8.8, lead=12)
    sh("Software")
    side.para("Officio, IRCC portal & PR portal, Adobe Acrobat Pro, MS Office", size=8.8, lead=12)
    p.save()
    write_truth(base, truth(
        "Harpreet Kaur Sandhu", "harpreet.sandhu@example.ca", "(604) 555-0158",
        [job("Maple Gateway Immigration Services Inc.", "Senior Regulated Canadian Immigration Consultant", "Apr 2020"),
         job("Maple Gateway Immigration Services Inc.", "Regulated Canadian Immigration Consultant", "Jun 2018", "Mar 2020"),
         job("Whitmore Singh LLP", "Immigration Case Processing Assistant", "Sept 2015", "May 2018"),
         job("Surrey Newcomer Welcome Centre", "Settlement Worker (part-time)", "2013", "2015")],
        skills))


if __name__ == "__main__":
    for f in (r24, r25, r26, r27, r28, r29, r30):
        f()
    print("pdf: 7")
