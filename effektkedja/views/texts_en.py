"""Texts of the reports in English (``--lang en``): headings, labels and sentences."""

from effektkedja.views.problem_texts import TEXTS_EN as PROBLEM_TEXTS

TEXTS: dict[str, str] = {
    # --- titles and facts ----------------------------------------------------------
    "title_one": "{organisation}: the plan against the results chain",
    "title_many": "Gender-equality plans against the results chain: {count} plans",
    "title_unreadable": "Plan that could not be read: {path}",
    "fact_organisation": "Organisation",
    "fact_short_name": "Short name",
    "fact_type": "Type",
    "fact_period": "Period",
    "fact_assignment": "Assignment",
    "fact_file": "Plan file",
    "fact_report_date": "Report date",
    "fact_tool": "Produced with",
    "period_both": "{start}–{end}",
    "period_from": "from {start}",
    "period_to": "until {end}",
    "type.myndighet": "Government agency",
    "type.kommun": "Municipality",
    "type.region": "Region",
    "type.lärosäte": "Higher education institution",
    "type.annan": "Other organisation",
    # --- the five levels -------------------------------------------------------------
    "level.aktivitet": "Activity (aktivitet)",
    "level.produkt": "Product (produkt)",
    "level.arbetssätt": "Way of working (arbetssätt)",
    "level.utfall": "Outcome (utfall)",
    "level.samhällseffekt": "Societal effect (samhällseffekt)",
    "level_short.aktivitet": "Activity",
    "level_short.produkt": "Product",
    "level_short.arbetssätt": "Way of working",
    "level_short.utfall": "Outcome",
    "level_short.samhällseffekt": "Societal effect",
    "level_note.samhällseffekt": "Initiatives at this step describe what the plan contributes "
    "to in society. Change at that level has many causes; the plan can contribute to it but "
    "cannot explain it alone.",
    # --- section headings --------------------------------------------------------------
    "h_combined": "Combined summary",
    "h_summary": "Summary",
    "h_chain": "The results chain",
    "h_levels": "Initiatives per step",
    "h_indicators": "Indicators",
    "h_gaps": "Gaps and advice",
    "h_accepted": "Accepted exceptions",
    "h_delmal": "Gender-equality sub-goals (delmål)",
    # --- summary -------------------------------------------------------------------------
    "col_level": "Step",
    "col_initiatives": "Initiatives",
    "col_share": "Share",
    "col_chains_top": "Chains reaching this step at most",
    "staircase_intro": "The staircase shows how many initiatives sit at each step, from "
    "activity at the bottom to societal effect at the top.",
    "and": "and",
    "or": "or",
    "list_more": "{shown} and {rest} more",
    "s_reach.one": "{reached} of {total} reaches an outcome or contributes to a societal "
    "effect in its chain.",
    "s_reach": "{reached} of {total} reach an outcome or contribute to a societal effect "
    "in their chain.",
    "s_no_initiatives": "The plan has no initiatives yet.",
    "s_chains.one": "{outcome} of {chains} reaches an outcome or societal effect",
    "s_chains": "{outcome} of {chains} reach an outcome or societal effect",
    "s_chains_one_reaches": "The plan's only chain reaches {level}.",
    "s_chains_one_stops": "The plan's only chain stops at {level}.",
    "s_stops_first.one": "{chains} stops at {level}",
    "s_stops_first": "{chains} stop at {level}",
    "s_stops_next": "{n} at {level}",
    "s_no_outcome": "The plan has no initiative at outcome or societal effect: it shows what "
    "the organisation does, but not what is to change for women and men in the target groups.",
    "s_measured.one": "{measured} of {outcomes} outcomes and societal effects has an "
    "indicator with values for women and men.",
    "s_measured": "{measured} of {outcomes} outcomes and societal effects have an indicator "
    "with values for women and men.",
    "s_findings": "The review found {errors}, {warnings} and {infos}.",
    "s_findings_accepted": "The review found {errors}, {warnings} and {infos}. Listed "
    "separately: {accepted} with a stated reason.",
    "s_findings_none": "The review found no gaps.",
    # --- combined summary -----------------------------------------------------------
    "col_plan": "Plan",
    "col_reaching": "Reach outcome",
    "col_errors": "Errors",
    "col_warnings": "Warnings",
    "col_infos": "Notes",
    "total": "Total",
    "unreadable": "could not be read",
    "s_combined_plans": "The report covers {plans} with {initiatives} in all.",
    "s_combined_outcome": "Plans with at least one initiative at outcome or societal effect: "
    "{with_outcome} of {readable}.",
    "s_combined_unreadable": "{count} could not be read; see the section for each plan.",
    # --- portfolio ----------------------------------------------------------------------
    "title_portfolio": "Portfolio report: {plans} against the results chain",
    "h_portfolio": "Portfolio overview",
    "h_portfolio_organisations": "The organisations",
    "h_portfolio_delmal": "Sub-goals and organisations",
    "h_portfolio_findings": "The most common findings",
    "h_portfolio_staircase": "The staircase for the whole portfolio",
    "h_portfolio_unreadable": "Plans that could not be read",
    "col_organisation": "Organisation",
    "col_type": "Type",
    "col_disaggregated": "Sex-disaggregated outcome indicators",
    "col_outcomes_all": "Outcomes and societal effects",
    "col_severity": "Severity",
    "col_count": "Findings",
    "col_organisations": "Organisations",
    "col_file": "Plan file",
    "col_why": "Reason",
    "row_goal_outcomes": "Outcomes per sub-goal",
    "row_goal_organisations": "Organisations with outcomes",
    "share_of": "{percent} ({part} of {whole})",
    "title_with_path": "{title} ({path})",
    "more_reasons": "and {count} more",
    "severity_one.error": "error",
    "severity_one.warning": "warning",
    "severity_one.info": "note",
    "s_portfolio_measured.one": "{disaggregated} of {indicators} indicators on outcomes and "
    "societal effects is disaggregated by sex.",
    "s_portfolio_measured": "{disaggregated} of {indicators} indicators on outcomes and "
    "societal effects are disaggregated by sex.",
    "s_portfolio_no_indicators": "No plan has an indicator on an outcome or societal effect.",
    "s_portfolio_unreadable": "{count} could not be read and were not checked against the "
    "results chain; they are listed at the end of the overview.",
    "s_portfolio_no_sections": "The portfolio has {plans}, more than {limit}, so the report "
    "shows the portfolio overview only. For one plan's report, run effektkedja report with "
    "the plan's file, for example {example}.",
    "portfolio_organisations_intro": "Reach outcome: the share of initiatives whose chain "
    "reaches an outcome or societal effect. Sex-disaggregated outcome indicators: the share "
    "of indicators on outcomes and societal effects that have values for women and men (or "
    "girls and boys). Errors and warnings do not count accepted exceptions.",
    "portfolio_delmal_intro": "Each cell gives how many outcomes and societal effects in the "
    "organisation's plan name the sub-goal. An initiative naming two sub-goals counts under "
    "both; activities, products and ways of working do not count.",
    "s_portfolio_delmal": "The portfolio's outcomes and societal effects cover {covered} of "
    "the six gender-equality sub-goals.",
    "s_portfolio_delmal_missing": "No outcome names {goals}.",
    "goal_ref": "sub-goal {number} ({short})",
    "s_portfolio_delmal_none": "No outcome or societal effect in the portfolio names any of "
    "the six gender-equality sub-goals.",
    "s_portfolio_delmal_unread": "No plan could be read, so the coverage of the sub-goals is "
    "unknown.",
    "portfolio_findings_intro": "The rules with the most findings across the portfolio, and "
    "how many organisations they concern. Accepted exceptions do not count.",
    "portfolio_findings_none": "The review found no gaps in any plan.",
    "s_portfolio_findings_more": "A further {rules} gave {findings} in all.",
    "portfolio_staircase_intro": "The staircase shows how many initiatives across all plans "
    "sit at each step, from activity at the bottom to societal effect at the top.",
    "s_portfolio_all_readable": "All plans could be read.",
    "portfolio_no_initiatives": "No plan in the portfolio has any initiatives.",
    "s_portfolio_unreadable_intro": "The files below are not valid YAML (EK001) or not a "
    "valid plan (EK002). They appear in the tables with their errors but without "
    "initiatives. Fix them and run the report again.",
    # --- the diagram ------------------------------------------------------------------
    "chain_intro": "The diagram shows the plan's initiatives in one column per step, from "
    "activity on the left to societal effect on the right. The arrows follow leder_till.",
    "legend_title": "Legend",
    "legend_normal": "solid arrow: the next step in the chain",
    "legend_skip": "dashed arrow: the link skips one or more steps",
    "legend_backward": "thick arrow: the link goes back to a lower step",
    "legend_flagged": "⚠ and coloured box: the initiative has errors or warnings (red: error, "
    "yellow: warning); blue box: notes only",
    "chain_empty": "The plan has no initiatives to draw.",
    "chain_too_large": "The plan has {nodes} initiatives and {edges} links, too many for a "
    "readable diagram. See the tables below.",
    # --- initiatives per level --------------------------------------------------------
    "col_id": "Id",
    "col_name": "Name",
    "col_owner": "Owner",
    "col_delmal": "Sub-goals",
    "col_status": "Status",
    "col_basis": "Basis for the step",
    "level_empty": "No initiatives at this step.",
    "status.planerad": "Planned",
    "status.pågående": "Ongoing",
    "status.genomförd": "Completed",
    "status.avbruten": "Cancelled",
    "basis_declared": "Declared in the plan.",
    "basis_declared_supported": "Declared in the plan and supported by the evidence: {reasons}.",
    "basis_declared_differs": "Declared in the plan, but the evidence points to {inferred}: "
    "{reasons}.",
    "basis_evidence": "Evidence: {reasons}.",
    "basis_text": "Wording: {reasons}.",
    "basis_default": "No evidence; activity assumed.",
    # --- indicators -------------------------------------------------------------------
    "indicators_none": "The plan has no indicators.",
    "ind_initiative": "Initiative",
    "ind_source": "Source",
    "ind_unit": "Unit",
    "ind_scope": "Measures",
    "ind_direction": "Direction",
    "scope.organisation": "the organisation itself (not the target group)",
    "scope.målgrupp": "the target group",
    "scope.samhälle": "society",
    "direction.utjämna": "equalise: the gap between the sexes is to close",
    "direction.öka": "increase",
    "direction.minska": "decrease",
    "col_point": "Point",
    "col_when": "When",
    "col_total": "Total",
    "col_gap": "Gap",
    "col_trend": "Change",
    "col_share_female": "Share of {female}",
    "col_balance": "Distribution",
    "point.baseline": "Baseline",
    "point.measurement": "Measurement",
    "point.target": "Target",
    "sex.female": "women",
    "sex.male": "men",
    "sex.girls": "girls",
    "sex.boys": "boys",
    "trend.narrowed": "↘ narrows",
    "trend.widened": "↗ widens",
    "trend.unchanged": "→ unchanged",
    "trend_target.narrowed": "↘ to narrow",
    "trend_target.widened": "↗ may widen",
    "trend_target.unchanged": "→ unchanged",
    "balance.even": "even (40–60)",
    "balance.women": "women-dominated",
    "balance.men": "men-dominated",
    "balance.girls": "girl-dominated",
    "balance.boys": "boy-dominated",
    "ind_no_points": "The indicator has no values yet.",
    "s_gap_change": "From the baseline ({from}) to the latest measurement ({to}) the gap "
    "between {female} and {male} has {change}, from {before} to {after}.",
    "change.narrowed": "narrowed",
    "change.widened": "widened",
    "change.unchanged": "stayed the same",
    "s_target_gap": "The target ({when}) is {gap}.",
    "s_rates": "The percentages for {female} and {male} do not add up to 100: they are rates "
    "within each sex, so no distribution between the sexes is computed.",
    "s_shares": "The distribution follows Statistics Sweden's limit: even when each sex makes "
    "up at least 40 per cent.",
    "s_society_indicator": "The indicator shows the state of society, which the plan's "
    "initiatives can contribute to but cannot explain alone.",
    # --- gaps and advice ---------------------------------------------------------------
    "severity.error": "Errors",
    "severity.warning": "Warnings",
    "severity.info": "Notes",
    "gaps_intro": "Findings are grouped by severity and rule. Each rule comes with a "
    "suggested next step and who usually takes it.",
    "gaps_none": "The review found no gaps in the plan.",
    "next_step": "Next step",
    "who": "Who",
    "plan_level": "the whole plan",
    "at_line": "line {line}",
    "more_info": "More: effektkedja explain {code}",
    "col_rule": "Rule",
    "col_initiative": "Initiative",
    "col_finding": "Finding",
    "col_reason": "Reason",
    "accepted_intro": "The organisation has accepted the findings below as exceptions, with "
    "a reason in the plan (undantag). They are not counted.",
    "role.politicians.political": "elected politicians on the committee or board",
    "role.politicians.other": "the head of the organisation or its board",
    "role.management.political": "the administration's senior management",
    "role.management.other": "the management team",
    "role.strategist": "the gender-equality strategist",
    # --- delmål ------------------------------------------------------------------------
    "col_goal": "Sub-goal",
    "col_outcomes": "Outcomes and societal effects",
    "col_others": "Other initiatives",
    "s_delmal": "The plan's outcomes and societal effects contribute to {covered} of the six "
    "gender-equality sub-goals.",
    "s_delmal_none": "None of the plan's outcomes or societal effects names any of the six "
    "gender-equality sub-goals.",
    "s_delmal_goal": "The overall goal is that women and men shall have the same power to "
    "shape society and their own lives.",
    "delmal.1": "Equal division of power and influence",
    "delmal.2": "Economic equality",
    "delmal.3": "Equal education",
    "delmal.4": "Equal distribution of unpaid housework and provision of care",
    "delmal.5": "Equal health",
    "delmal.6": "Men's violence against women must stop",
    "delmal_short.1": "power",
    "delmal_short.2": "economy",
    "delmal_short.3": "education",
    "delmal_short.4": "care",
    "delmal_short.5": "health",
    "delmal_short.6": "violence",
    # --- a plan that could not be read ----------------------------------------------
    "unreadable_intro": "The plan could not be read as a valid plan, so it has not been "
    "checked against the results chain. Fix the errors below and run the report again.",
    "footer": "Report produced with effektkedja {version} on {date}.",
    # --- this round: results, folding, chain descriptions ----------------------------
    "fact_owner": "Responsible for the plan",
    "col_result": "Result",
    "result.planned": "Planned",
    "result.measured": "Measured",
    "result.improved": "Improved",
    "result.worsened": "Worsened",
    "s_results.one": "{improved} of {outcomes} outcomes and societal effects shows an "
    "improved result for the target group.",
    "s_results": "{improved} of {outcomes} outcomes and societal effects show an improved "
    "result for the target group.",
    "s_results_rest": "The others: {rest}.",
    "s_portfolio_improved.one": "{improved} of {organisations} demonstrates improved outcomes "
    "for the target group.",
    "s_portfolio_improved": "{improved} of {organisations} demonstrate improved outcomes for "
    "the target group.",
    "folded": "This finding gathers {count} on single initiatives:",
    "chain_title": "The results chain",
    "chain_description": "{initiatives} and {links} between the steps: {levels}.",
    "staircase_same": "The staircase shows the same numbers as the table above.",
    # --- problems and results: in problem_texts.py ----------------------------------
    **PROBLEM_TEXTS,
    # --- the HTML report -------------------------------------------------------------
    "html_skip": "Skip to the report",
    "html_toc": "Contents",
    "html_chain_figure_intro": "The same information follows the diagram as a table.",
    "html_chain_text": "The chain as text",
    "html_chain_caption": "The initiatives step by step and where they lead",
    "html_chain_empty_column": "No initiatives",
    "html_chain_title": "The results chain of {organisation}",
    "html_chain_desc": "Diagram of {initiatives} in one column per step, from activity on "
    "the left to societal effect on the right: {levels}. {links}",
    "html_chain_desc_level": "{level} {n}",
    "html_chain_desc_links": "The arrows show {links}.",
    "html_chain_desc_kinds": "The arrows show {links}, of which {skip} skip steps and "
    "{backward} go back.",
    "html_chain_desc_none": "The initiatives have no links to each other.",
    "html_chain_desc_flagged": "{count} have findings and are marked with a symbol and a word.",
    "html_legend_normal": "Solid line with a filled arrowhead: the next step in the chain.",
    "html_legend_skip": "Dashed line with an open arrowhead: the link skips one or more steps.",
    "html_legend_backward": "Dotted line with a double arrowhead: the link goes back to a "
    "lower step.",
    "html_legend_flagged": "Symbol and word at the top of a box: the initiative has errors "
    "(cross in a circle), warnings (exclamation mark in a triangle) or only notes (i in a "
    "circle).",
    "col_leads_to": "Leads to",
    "col_flag": "Findings",
    "link_kind.skip": "skips steps",
    "link_kind.backward": "goes back",
    "html_flag": "{severity}: {count}",
    "html_levels_caption": "Initiatives at the step {level}",
    "html_summary_caption": "Initiatives and chains per step",
    "html_indicator_caption": "Points for {female} and {male}: {name}",
    "html_chart_title": "{name}: {female} and {male} over time",
    "html_chart_series": "{sex}: {values}.",
    "html_chart_value": "{value} ({when})",
    "html_chart_target": "The target ({when}): {female} {female_value}, {male} {male_value}.",
    "html_chart_target_word": "target",
    "html_chart_none": "No chart: the indicator has no values for {female} or {male}.",
    "html_accepted_caption": "Accepted exceptions with the plan's reason",
    "html_delmal_caption": "The sub-goals and the plan's initiatives",
    "html_combined_caption": "The plans in the report",
    "html_portfolio_caption": "The organisations in the portfolio",
    "html_portfolio_delmal_caption": "Outcomes and societal effects per sub-goal and organisation",
    "html_portfolio_findings_caption": "The most common findings",
    "html_portfolio_levels_caption": "All plans' initiatives per step",
    "html_unreadable_caption": "Plans that could not be read",
    "html_evidence_caption": "Facts (underlag) for {female} and {male}: {name}",
    "html_problem_addressed_caption": "Initiatives addressing the problem and how far their "
    "chains reach: {problem}",
    "html_problem_outcomes_caption": "Outcomes and societal effects in the chains and their "
    "result: {problem}",
    "html_portfolio_problems_caption": "The portfolio's problems per sub-goal",
    # --- the Word report -------------------------------------------------------------
    "docx_subject": "Gender mainstreaming: the plan checked against the results chain",
    "docx_keywords": "effektkedja; results chain; gender mainstreaming; gender-equality plan",
    "docx_category": "Gender mainstreaming",
    "docx_chain_intro": "The table shows the plan's initiatives step by step, from activity to "
    "societal effect, and where each initiative leads by leder_till. A link that skips steps "
    "or goes back is marked in words.",
    "docx_chain_flags": "An initiative with findings is marked with a symbol and a word: "
    "✖ Error, ⚠ Warning or ℹ Note (notes only).",
    "docx_flag": "{symbol} {severity}: {count}",
    "docx_style_table": "Table text",
}
