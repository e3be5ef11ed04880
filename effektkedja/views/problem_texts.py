"""Texts of the reports' problem sections, merged into texts_sv.py and texts_en.py.

The plan's problems and their results (``views/problems.py``) and the portfolio's
problems per delmål (``views/portfolio_tables.py``), in Swedish and English.
"""

TEXTS_SV: dict[str, str] = {
    "problem_ref": "problemet {id}",
    "problem_word": "problemet",
    "h_problems": "Problem och resultat",
    "problems_intro": "För varje problem visas underlaget för kvinnor och män, de insatser som "
    "angriper problemet och hur långt deras kedjor når, och om skillnaderna som utfallen i "
    "kedjorna mäter minskar.",
    "s_problems": "Planen anger {problems}. Angrips av minst en insats: {addressed}. Angrips "
    "av en kedja som når utfall: {reaching}. Med ett förbättrat utfall i kedjan: {improved}.",
    "s_problems_none": "Planen anger inga problem. Säg vilken ojämställdhet planen ska "
    "förändra: beskriv den under problem med underlag för kvinnor och män, och ange i "
    "insatserna vilket problem de angriper (EK406).",
    "problem_delmal": "Delmål",
    "problem_target_group": "Målgrupp",
    "problem_analysis": "Analys",
    "problem_evidence": "Underlag",
    "problem_no_evidence": "Problemet har inget underlag ännu.",
    "problem_addressed_by": "Insatser som angriper problemet",
    "problem_values_moved": "{indicator} ({direction}): värdet för {female} har {female_moved}, "
    "för {male} har det {male_moved} ({from}–{to})",
    "moved.1": "ökat",
    "moved.0": "legat still",
    "moved.-1": "minskat",
    "problem_outcomes": "Utfall och samhällseffekter i kedjorna",
    "problem_more_outcomes": "Kedjorna når fler utfall än de som visas här.",
    "col_reach": "Kedjan",
    "col_gaps": "Indikatorerna sedan utgångsläget",
    "problem_reaches": "når {level}",
    "problem_stops": "stannar vid {level}",
    "problem_gap_change": "{indicator}: skillnaden har {change} ({from}–{to})",
    "problem_gap_unmeasured": "{indicator}: inte mätt efter utgångsläget ännu",
    "problem_gap_unsplit": "{indicator}: mätt efter utgångsläget, men inte för båda könen",
    "s_evidence_gap": "Senaste värdet ({when}): {gap}.",
    "problem_verdict.unaddressed": "Ingen insats angriper problemet ännu.",
    "problem_verdict.no_outcome": "Ingen kedja som angriper problemet når utfall, så planen "
    "kan inte visa om skillnaden minskar.",
    "problem_verdict.improved": "Minst ett utfall i kedjorna visar ett förbättrat resultat för "
    "målgruppen.",
    "problem_verdict.worsened": "Utfallen i kedjorna har mätts efter utgångsläget, men inget "
    "visar en förbättring och minst ett har försämrats.",
    "problem_verdict.measured": "Utfallen i kedjorna har mätts efter utgångsläget, men utan "
    "tydlig riktning.",
    "problem_verdict.planned": "Inget utfall i kedjorna har mätts efter utgångsläget ännu: "
    "resultatet är planerat, inte påvisat.",
    "h_portfolio_problems": "Problem per delmål",
    "portfolio_problems_intro": "Varje rad anger hur många av portföljens problem som anger "
    "delmålet, hur många av dem som angrips av minst en insats och hur många som angrips av en "
    "kedja som når utfall. Ett problem som anger två delmål räknas under båda.",
    "col_problems": "Problem",
    "col_problems_addressed": "Angrips",
    "col_problems_reaching": "Når utfall",
    "row_no_goal": "Inget delmål angivet",
    "s_portfolio_problems": "{with_problems} av {organisations} anger problem i sin plan, "
    "sammanlagt {problems}. Angrips av minst en insats: {addressed}. Angrips av en kedja som "
    "når utfall: {reaching}.",
    "s_portfolio_problems_none": "Ingen plan i portföljen anger problem: ingen säger vilken "
    "ojämställdhet den ska förändra.",
}

TEXTS_EN: dict[str, str] = {
    "problem_ref": "the problem {id}",
    "problem_word": "the problem",
    "h_problems": "Problems and results",
    "problems_intro": "For each problem: the facts for women and men, the initiatives that "
    "address it and how far their chains reach, and whether the gaps measured by the outcomes "
    "in those chains are closing.",
    "s_problems": "The plan states {problems}. Addressed by at least one initiative: "
    "{addressed}. Addressed by a chain that reaches outcome level: {reaching}. With an "
    "improved outcome in the chain: {improved}.",
    "s_problems_none": "The plan states no problems. Say which inequality the plan sets out to "
    "change: describe it under problem with facts for women and men, and give in the "
    "initiatives which problem they address (EK406).",
    "problem_delmal": "Sub-goals (delmål)",
    "problem_target_group": "Target group",
    "problem_analysis": "Analysis",
    "problem_evidence": "Facts (underlag)",
    "problem_no_evidence": "The problem has no facts yet.",
    "problem_addressed_by": "Initiatives addressing the problem",
    "problem_values_moved": "{indicator} ({direction}): the value for {female} {female_moved}, "
    "for {male} it {male_moved} ({from}–{to})",
    "moved.1": "went up",
    "moved.0": "stayed the same",
    "moved.-1": "went down",
    "problem_outcomes": "Outcomes and societal effects in the chains",
    "problem_more_outcomes": "The chains reach more outcomes than those shown here.",
    "col_reach": "Chain",
    "col_gaps": "Indicators since the baseline",
    "problem_reaches": "reaches {level}",
    "problem_stops": "stops at {level}",
    "problem_gap_change": "{indicator}: the gap has {change} ({from}–{to})",
    "problem_gap_unmeasured": "{indicator}: not measured since the baseline yet",
    "problem_gap_unsplit": "{indicator}: measured since the baseline, but not for both sexes",
    "s_evidence_gap": "Latest value ({when}): {gap}.",
    "problem_verdict.unaddressed": "No initiative addresses the problem yet.",
    "problem_verdict.no_outcome": "No chain addressing the problem reaches outcome level, so "
    "the plan cannot show whether the gap is closing.",
    "problem_verdict.improved": "At least one outcome in the chains shows an improved result "
    "for the target group.",
    "problem_verdict.worsened": "The outcomes in the chains have been measured since the "
    "baseline, but none shows an improvement and at least one has worsened.",
    "problem_verdict.measured": "The outcomes in the chains have been measured since the "
    "baseline, but without a clear direction.",
    "problem_verdict.planned": "No outcome in the chains has been measured since the baseline "
    "yet: the result is planned, not demonstrated.",
    "h_portfolio_problems": "Problems per sub-goal (delmål)",
    "portfolio_problems_intro": "Each row gives how many of the portfolio's problems name the "
    "sub-goal, how many of them at least one initiative addresses, and how many are addressed "
    "by a chain that reaches outcome level. A problem naming two sub-goals counts under both.",
    "col_problems": "Problems",
    "col_problems_addressed": "Addressed",
    "col_problems_reaching": "Reach outcome",
    "row_no_goal": "No sub-goal given",
    "s_portfolio_problems": "{with_problems} of {organisations} state problems in their plan, "
    "{problems} in all. Addressed by at least one initiative: {addressed}. Addressed by a "
    "chain that reaches outcome level: {reaching}.",
    "s_portfolio_problems_none": "No plan in the portfolio states problems: none says which "
    "inequality it sets out to change.",
}
