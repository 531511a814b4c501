"""Stress sets for experience: the dev resumes' layouts and bullets with jobs drawn from a pool
of other trades (titles, employers, places and date spellings written apart from the eval data).
Only dev data is read. Not part of the eval: a tool for finding kinds the parser misses.

    /tmp/evalvenv/bin/python stress.py OUT_DIR SEED PER_RESUME [PRESET]

PRESET: trades (the default: the pool below, every format and layout), long (long titles and
employers in one-line layouts, to make narrow columns wrap), pages (6-8 jobs in PDFs, so page
breaks fall inside headers), writer (employers named the way the dev writer names them:
legal forms after commas, towns without a state).
    python3 stress_score.py OUT_DIR     (needs `cargo build -p resume --example peek`)
"""
import copy, os, random, sys, json, shutil
GEN = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, GEN)
import render
from render import J

POOL = [
 ("Barista", "Blue Bottle Coffee", "Oakland, CA"),
 ("Line Cook", "Café Luna", "Portland, OR"),
 ("Sous Chef", "The Grey Plume", "Omaha, NE"),
 ("Shift Supervisor", "Whole Foods Market", None),
 ("Store Manager", "The Home Depot", "Atlanta, GA"),
 ("Warehouse Associate", "Amazon", "Reno, NV"),
 ("Forklift Operator", "Sysco Corporation", "Houston, TX"),
 ("Truck Driver (CDL-A)", "Werner Enterprises", None),
 ("HVAC Technician", "Service Experts LLC", "Tampa, FL"),
 ("Journeyman Electrician", "IBEW Local 46", "Seattle, WA"),
 ("Welder / Fabricator", "Lincoln Steel Works", "Cleveland, OH"),
 ("Dental Hygienist", "Bright Smiles Family Dentistry", "Boise, ID"),
 ("Medical Assistant", "Kaiser Permanente", "San Diego, CA"),
 ("Phlebotomist", "Quest Diagnostics", "Newark, NJ"),
 ("Clinical Research Coordinator", "Mayo Clinic", "Rochester, MN"),
 ("Veterinary Technician", "Banfield Pet Hospital", "Denver, CO"),
 ("Social Worker", "Department of Children and Families", "Hartford, CT"),
 ("Case Manager", "Catholic Charities", "Baltimore, MD"),
 ("Librarian", "Brooklyn Public Library", "Brooklyn, NY"),
 ("Substitute Teacher", "Austin Independent School District", "Austin, TX"),
 ("Teaching Assistant", "University of Michigan", "Ann Arbor, MI"),
 ("Postdoctoral Researcher", "Max Planck Institute for Biology", "Tübingen, Germany"),
 ("Research Fellow", "Brookings Institution", "Washington, DC"),
 ("Policy Analyst", "Office of Management and Budget", "Washington, DC"),
 ("Legislative Aide", "Texas House of Representatives", "Austin, TX"),
 ("Law Clerk", "Hon. Maria Delgado, U.S. District Court", "Miami, FL"),
 ("Associate Attorney", "Baker McKenzie", "Chicago, IL"),
 ("Loan Officer", "Wells Fargo", "Charlotte, NC"),
 ("Bank Teller", "Bank of America", "Richmond, VA"),
 ("Claims Adjuster", "State Farm", "Bloomington, IL"),
 ("Underwriter", "Liberty Mutual Insurance", "Boston, MA"),
 ("Actuarial Analyst", "Milliman", "Seattle, WA"),
 ("Staff Accountant", "Ernst & Young LLP", "New York, NY"),
 ("Tax Associate", "H&R Block", "Kansas City, MO"),
 ("Recruiter", "Robert Half", "Remote"),
 ("Talent Acquisition Partner", "Shopify", "Ottawa, ON, Canada"),
 ("Copywriter", "Ogilvy", "London, UK"),
 ("Graphic Designer", "Pentagram", "New York, NY"),
 ("Photographer", "Self-employed", None),
 ("Freelance Illustrator", "Freelance", "Remote"),
 ("Video Editor", "Vice Media", "Brooklyn, NY"),
 ("Sound Engineer", "Electric Lady Studios", "New York, NY"),
 ("Architect", "Gensler", "San Francisco, CA"),
 ("Urban Planner", "City of Portland", "Portland, OR"),
 ("Civil Engineer", "AECOM", "Los Angeles, CA"),
 ("Geologist", "U.S. Geological Survey", "Menlo Park, CA"),
 ("Park Ranger", "National Park Service", "Moab, UT"),
 ("Firefighter/EMT", "Phoenix Fire Department", "Phoenix, AZ"),
 ("Logistics Specialist", "U.S. Army", "Fort Hood, TX"),
 ("Flight Attendant", "Delta Air Lines", "Atlanta, GA"),
 ("Data Analyst", "Target Corporation", "Minneapolis, MN"),
 ("QA Tester", "Electronic Arts", "Redwood City, CA"),
 ("Game Designer", "Riot Games", "Los Angeles, CA"),
 ("Co-Founder & CEO", "Tidewater Labs", "Remote"),
 ("Owner", "Maple Street Bakery", "Burlington, VT"),
 ("Volunteer Tutor", "Boys & Girls Club of Metro Atlanta", "Atlanta, GA"),
 ("Summer Intern", "3M", "St. Paul, MN"),
 ("Sales Associate", "7-Eleven", None),
 ("Customer Service Representative", "AT&T", "Dallas, TX"),
 ("Pharmacy Technician", "CVS Health", "Providence, RI"),
 ("Operations Manager, Field Services", "Northwind Traders, Inc.", "Columbus, OH"),
 ("Director of Nursing", "St. Jude Children's Research Hospital", "Memphis, TN"),
 ("Senior Software Engineer II", "IBM", "Raleigh, NC"),
 ("Marketing Coordinator (Contract)", "L'Oréal USA", "New York, NY"),
 ("Bookkeeper / Office Manager", "Hartley & Sons Plumbing", "Toledo, OH"),
 ("Account Manager", "McKinsey & Company", "Boston, MA"),
 ("Program Coordinator", "Habitat for Humanity", "Americus, GA"),
 ("Lab Technician", "Pfizer", "Groton, CT"),
 ("Paramedic", "Cleveland Clinic", "Cleveland, OH"),
 ("Personal Trainer", "Equinox", "Chicago, IL"),
]
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def fmt_date(year, month, style):
    if style == "Mon": return f"{MONTHS[month-1][:3]} {year}"
    if style == "Mon.": return f"{MONTHS[month-1][:3]}{'.' if month!=5 else ''} {year}"
    if style == "Month": return f"{MONTHS[month-1]} {year}"
    if style == "mm/yyyy": return f"{month:02d}/{year}"
    if style == "m/yyyy": return f"{month}/{year}"
    if style == "yyyy-mm": return f"{year}-{month:02d}"
    if style == "Sept": return f"{'Sept' if month==9 else MONTHS[month-1][:3]} {year}"
    if style == "year": return f"{year}"
    raise ValueError(style)
STYLES = ["Mon", "Mon.", "Month", "mm/yyyy", "m/yyyy", "yyyy-mm", "Sept", "year"]
SEPS = [" – ", " - ", " to ", " — ", "–", " → ", " -- "]
ENDS = ["Present", "Current", "present", "Now"]
LAYOUTS = list("ABCDEFGHIJKLM")
_orig_header = render.job_header
def job_header(R, job):
    lay = R["style"].get("job_layout", "A")
    t, c, loc, d = job["title"], job["company"], job.get("loc"), render.dates(R, job)
    if lay == "I":  # Company | Title / dates
        return [("line", f"{c} | {t}", "b"), ("line", d + (f" | {loc}" if loc else ""), "i")]
    if lay == "J":  # Title / Company | Location | dates
        return [("line", t, "b"), ("line", " | ".join([c] + ([loc] if loc else []) + [d]), "")]
    if lay == "K":  # Title at Company / dates
        return [("line", f"{t} at {c}", "b"), ("line", d, "i")]
    if lay == "L":  # Company — Title / dates · location
        return [("line", f"{c} — {t}", "b"), ("line", d + (f" · {loc}" if loc else ""), "i")]
    if lay == "M":  # TITLE / Company ...... dates
        return [("line", t.upper() if R["style"].get("upper") else t, "b"), ("pair", c, d, "", "")]
    return _orig_header(R, job)
render.job_header = job_header
FORMATS = ["pdf-onecol","pdf-twocol","pdf-smallcaps","pdf-allcaps","pdf-table","docx-plain","docx-table","docx-textbox","docx-header","txt","md"]

def main(out, seed, per):
    rng = random.Random(seed)
    mods = [__import__(m) for m in ["data_dev1", "data_dev2", "data_dev3"]]
    base = [R for m in mods for R in m.RESUMES if R["half"] == "dev"]
    shutil.rmtree(out, ignore_errors=True); os.makedirs(out + "/dev")
    n = 0
    for R0 in base:
        for k in range(per):
            R = copy.deepcopy(R0)
            R["half"] = "dev"; R["id"] = f"{R0['id']}_s{seed}_{k}"
            fmt = rng.choice(FORMATS)
            R["format"] = fmt
            st = R["style"]
            st["job_layout"] = rng.choice(LAYOUTS)
            st["date_sep"] = rng.choice(SEPS)
            if fmt != "pdf-twocol": st.pop("sidebar", None)
            elif "sidebar" not in st: st["sidebar"] = ["skills"]
            style = rng.choice(STYLES)
            decor = rng.choice(["", "", "", " (2 yrs)", " · 3 yrs 2 mos"])
            year = rng.randint(2021, 2024); month = rng.randint(1, 12)
            jobs = []
            count = rng.randint(6, 8) if JOBS_PER_RESUME == "many" else max(2, min(4, len(R0["jobs"])))
            picks = rng.sample(POOL, k=count)
            for i, (t, c, loc) in enumerate(picks):
                end_y, end_m = year, month
                start_y = end_y - rng.randint(1, 3); start_m = rng.randint(1, 12)
                end = rng.choice(ENDS) if i == 0 else fmt_date(end_y, end_m, style)
                single = i == len(picks) - 1 and rng.random() < 0.2
                bullets = R0["jobs"][i % len(R0["jobs"])]["bullets"]
                if single:
                    jobs.append(J(c, t, fmt_date(start_y, start_m, "year" if style=="year" else rng.choice(["year", style])), None, loc, bullets))
                else:
                    jobs.append(J(c, t, fmt_date(start_y, start_m, style), end, loc, bullets))
                    if decor: jobs[-1]["dates_text"] = fmt_date(start_y, start_m, style) + st["date_sep"] + end + decor
                year, month = start_y, start_m
                if month == 1: year, month = year - 1, 12
                else: month -= 1
            R["jobs"] = jobs
            try:
                render.render(R, out)
                n += 1
            except Exception as e:
                print("render failed", R["id"], e)
    print("rendered", n)

JOBS_PER_RESUME = "few"

LONG = [
 ("Senior Loan Officer", "Northwind Community Credit Union", "Columbus, OH"),
 ("Assistant Director of Residence Life", "University of North Carolina at Charlotte", "Charlotte, NC"),
 ("Registered Nurse, Cardiac Intensive Care", "Cincinnati Children's Hospital Medical Center", "Cincinnati, OH"),
 ("Senior Manager, Revenue Operations", "Brightwire Payroll Services", "Denver, CO"),
 ("Environmental Health and Safety Specialist", "Pacific Gas and Electric Company", "Oakland, CA"),
 ("Associate Director, Corporate Communications", "Blue Cross Blue Shield of Massachusetts", "Boston, MA"),
]
WRITER = [
 ("Senior Litigation Paralegal", "Hargrove Whitley & Pruitt, PLLC", "Raleigh, NC"),
 ("Staff Accountant", "Brennan & Cole, CPAs, P.C.", "Boston, MA"),
 ("Project Engineer", "Meridian Structural, Inc.", "Omaha, NE"),
 ("Office Manager", "Lakeside Dental Group, LLC", "Madison, WI"),
 ("Associate", "Fairfax Partners, L.P.", "Greenwich, CT"),
 ("Senior Account Executive, Mid-Market", "Tallow & Reed Co.", "Atlanta, GA"),
 ("Customer Success Manager, Enterprise", "Quillon Software, Inc.", "Remote"),
 ("Site Reliability Engineer", "Cobalt Freight Ltd", "Manchester"),
 ("Data Analyst", "Rupeeflow", "Bengaluru"),
 ("Chef de Cuisine", "The Pelican Room", "New Orleans, LA"),
 ("Executive Assistant to the CEO", "Severn Analytics Ltd", "Bristol"),
 ("Physical Therapist (Per Diem)", "UW Health", "Madison, WI"),
 ("Journeyman Electrician / Foreman", "Sierra Peak Electric", "Reno, NV"),
 ("Finance Graduate (Rotational Programme)", "Harcourt & Lyle Consumer Brands plc", "Reading"),
 ("Registered Nurse – Medical-Surgical", "Mercy Valley Hospital", "Worcester, MA"),
 ("Deputy Clerk", "Wake County Clerk of Superior Court", "Raleigh, NC"),
 ("Claims Litigation Paralegal", "Carolina Mutual Insurance Company", "Durham, NC"),
 ("Teaching Fellow", "Harvard University", "Cambridge, MA"),
 ("Store Lead", "Trader Joe's", "Austin, TX"),
 ("Warehouse Lead, Night Shift", "Mid-South Foods Distribution", "Memphis, TN"),
 ("Research Assistant", "University of Texas at Austin", "Austin, TX"),
 ("Line Cook", "Harbor & Vine", "Portland, ME"),
 ("Bookkeeper", "Castellano Family Hardware", "Reno, NV"),
 ("HR Coordinator", "Pacifica Components Inc.", "Fremont, CA"),
]

if __name__ == "__main__":
    preset = sys.argv[4] if len(sys.argv) > 4 else "trades"
    if preset == "long":
        FORMATS[:] = ["pdf-twocol", "pdf-onecol", "docx-textbox"]
        LAYOUTS[:] = ["F", "E", "D", "G"]
        POOL += LONG
    elif preset == "pages":
        FORMATS[:] = ["pdf-onecol", "pdf-table", "pdf-twocol", "pdf-smallcaps", "pdf-allcaps"]
        JOBS_PER_RESUME = "many"
    elif preset == "writer":
        POOL[:] = WRITER
    elif preset != "trades":
        sys.exit(f"unknown preset {preset}")
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
