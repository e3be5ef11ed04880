"""Texts of the reports in Swedish (the default): headings, labels and sentences."""

TEXTS: dict[str, str] = {
    # --- titles and facts ----------------------------------------------------------
    "title_one": "{organisation}: planen mot effektkedjan",
    "title_many": "Jämställdhetsplaner mot effektkedjan: {count} planer",
    "title_unreadable": "Plan som inte kunde läsas: {path}",
    "fact_organisation": "Organisation",
    "fact_short_name": "Kortnamn",
    "fact_type": "Typ",
    "fact_period": "Period",
    "fact_assignment": "Uppdrag",
    "fact_file": "Planfil",
    "fact_report_date": "Rapportdatum",
    "fact_tool": "Framtagen med",
    "period_both": "{start}–{end}",
    "period_from": "från {start}",
    "period_to": "till {end}",
    "type.myndighet": "Myndighet",
    "type.kommun": "Kommun",
    "type.region": "Region",
    "type.lärosäte": "Lärosäte",
    "type.annan": "Annan organisation",
    # --- the five levels -------------------------------------------------------------
    "level.aktivitet": "Aktivitet",
    "level.produkt": "Produkt",
    "level.arbetssätt": "Arbetssätt",
    "level.utfall": "Utfall",
    "level.samhällseffekt": "Samhällseffekt",
    "level_short.aktivitet": "Aktivitet",
    "level_short.produkt": "Produkt",
    "level_short.arbetssätt": "Arbetssätt",
    "level_short.utfall": "Utfall",
    "level_short.samhällseffekt": "Samhällseffekt",
    "level_note.samhällseffekt": "Insatserna på det här steget beskriver vad planen bidrar till "
    "i samhället. Förändringar på samhällsnivå har många orsaker; planen kan bidra till dem "
    "men inte ensam förklara dem.",
    # --- section headings --------------------------------------------------------------
    "h_combined": "Samlad sammanfattning",
    "h_summary": "Sammanfattning",
    "h_chain": "Effektkedjan",
    "h_levels": "Insatser per steg",
    "h_indicators": "Indikatorer",
    "h_gaps": "Luckor och råd",
    "h_accepted": "Godtagna undantag",
    "h_delmal": "Jämställdhetspolitiska delmål",
    # --- summary -------------------------------------------------------------------------
    "col_level": "Steg",
    "col_initiatives": "Insatser",
    "col_share": "Andel",
    "col_chains_top": "Kedjor som når hit som högst",
    "staircase_intro": "Trappan visar hur många insatser som finns på varje steg, "
    "från aktivitet längst ned till samhällseffekt överst.",
    "and": "och",
    "or": "eller",
    "list_more": "{shown} och {rest} till",
    "s_reach": "{reached} av {total} når utfall eller bidrar till samhällseffekt i sin kedja.",
    "s_no_initiatives": "Planen har inga insatser ännu.",
    "s_chains": "{outcome} av {chains} når utfall eller samhällseffekt",
    "s_chains_one_reaches": "Planens enda kedja når {level}.",
    "s_chains_one_stops": "Planens enda kedja stannar vid {level}.",
    "s_stops_first": "{chains} stannar vid {level}",
    "s_stops_next": "{n} vid {level}",
    "s_no_outcome": "Planen har inga insatser på utfall eller samhällseffekt: den visar vad "
    "organisationen gör, men inte vad som ska förändras för kvinnor och män i målgrupperna.",
    "s_measured": "{measured} av {outcomes} utfall och samhällseffekter har en indikator med "
    "värden för kvinnor och män.",
    "s_findings": "Granskningen gav {errors}, {warnings} och {infos}.",
    "s_findings_accepted": "Granskningen gav {errors}, {warnings} och {infos}. Dessutom "
    "redovisas {accepted} med motivering för sig.",
    "s_findings_none": "Granskningen hittade inga luckor.",
    # --- combined summary -----------------------------------------------------------
    "col_plan": "Plan",
    "col_reaching": "Når utfall",
    "col_errors": "Fel",
    "col_warnings": "Varningar",
    "col_infos": "Upplysningar",
    "total": "Totalt",
    "unreadable": "kunde inte läsas",
    "s_combined_plans": "Rapporten omfattar {plans} med sammanlagt {initiatives}.",
    "s_combined_outcome": "{with_outcome} av {readable} har minst en insats på utfall "
    "eller samhällseffekt.",
    "s_combined_unreadable": "{count} kunde inte läsas; se avsnittet för respektive plan.",
    # --- portfolio ----------------------------------------------------------------------
    "title_portfolio": "Portföljrapport: {plans} mot effektkedjan",
    "h_portfolio": "Portföljöversikt",
    "h_portfolio_organisations": "Organisationerna",
    "h_portfolio_delmal": "Delmål och organisationer",
    "h_portfolio_findings": "De vanligaste fynden",
    "h_portfolio_staircase": "Trappan för hela portföljen",
    "h_portfolio_unreadable": "Planer som inte kunde läsas",
    "col_organisation": "Organisation",
    "col_type": "Typ",
    "col_disaggregated": "Könsuppdelade utfallsindikatorer",
    "col_outcomes_all": "Utfall och samhällseffekter",
    "col_severity": "Allvar",
    "col_count": "Fynd",
    "col_organisations": "Organisationer",
    "col_file": "Planfil",
    "col_why": "Skäl",
    "row_goal_outcomes": "Utfall per delmål",
    "row_goal_organisations": "Organisationer med utfall",
    "share_of": "{percent} ({part} av {whole})",
    "title_with_path": "{title} ({path})",
    "more_reasons": "och {count} fel till",
    "severity_one.error": "fel",
    "severity_one.warning": "varning",
    "severity_one.info": "upplysning",
    "s_portfolio_measured": "{disaggregated} av {indicators} indikatorer på utfall och "
    "samhällseffekter är könsuppdelade.",
    "s_portfolio_no_indicators": "Ingen plan har någon indikator på utfall eller samhällseffekt.",
    "s_portfolio_unreadable": "{count} kunde inte läsas och har inte granskats mot "
    "effektkedjan; de listas sist i översikten.",
    "s_portfolio_no_sections": "Portföljen har {plans}, fler än {limit}, så rapporten visar "
    "bara portföljöversikten. Rapporten för en enskild plan får du med kommandot "
    "effektkedja report och planens fil, till exempel {example}.",
    "portfolio_organisations_intro": "Når utfall: andelen insatser vars kedja når utfall "
    "eller samhällseffekt. Könsuppdelade utfallsindikatorer: andelen indikatorer på utfall "
    "och samhällseffekter som har värden för kvinnor och män (eller flickor och pojkar). "
    "Fel och varningar räknas utan godtagna undantag.",
    "portfolio_delmal_intro": "Varje cell anger hur många utfall och samhällseffekter i "
    "organisationens plan som anger delmålet. En insats som anger två delmål räknas under "
    "båda; aktiviteter, produkter och arbetssätt räknas inte.",
    "s_portfolio_delmal": "Portföljens utfall och samhällseffekter täcker {covered} av de "
    "sex jämställdhetspolitiska delmålen.",
    "s_portfolio_delmal_missing": "Inget utfall anger {goals}.",
    "goal_ref": "delmål {number} ({short})",
    "s_portfolio_delmal_none": "Inget utfall och ingen samhällseffekt i portföljen anger "
    "något av de sex jämställdhetspolitiska delmålen.",
    "s_portfolio_delmal_unread": "Ingen plan kunde läsas, så täckningen av delmålen är okänd.",
    "portfolio_findings_intro": "Reglerna som gav flest fynd i hela portföljen och hur "
    "många organisationer de gäller. Godtagna undantag räknas inte.",
    "portfolio_findings_none": "Granskningen hittade inga luckor i någon plan.",
    "s_portfolio_findings_more": "Ytterligare {rules} gav sammanlagt {findings}.",
    "portfolio_staircase_intro": "Trappan visar hur många insatser i alla planer som finns "
    "på varje steg, från aktivitet längst ned till samhällseffekt överst.",
    "s_portfolio_all_readable": "Alla planer kunde läsas.",
    "portfolio_no_initiatives": "Ingen plan i portföljen har några insatser.",
    "s_portfolio_unreadable_intro": "Filerna nedan är inte giltig YAML (EK001) eller inte "
    "en giltig plan (EK002). De finns med i tabellerna med sina fel men utan insatser. Rätta "
    "dem och kör rapporten igen.",
    # --- the diagram ------------------------------------------------------------------
    "chain_intro": "Diagrammet visar planens insatser i en kolumn per steg, från aktivitet till "
    "vänster till samhällseffekt till höger. Pilarna följer leder_till.",
    "legend_title": "Teckenförklaring",
    "legend_normal": "heldragen pil: nästa steg i kedjan",
    "legend_skip": "streckad pil: länken hoppar över ett eller flera steg",
    "legend_backward": "tjock pil: länken går bakåt till ett lägre steg",
    "legend_flagged": "⚠ och färgad ruta: insatsen har fel eller varningar (röd: fel, gul: "
    "varning); blå ruta: bara upplysningar",
    "chain_empty": "Planen har inga insatser att rita.",
    "chain_too_large": "Planen har {nodes} insatser och {edges} länkar, för många för ett "
    "läsbart diagram. Se tabellerna nedan.",
    # --- initiatives per level --------------------------------------------------------
    "col_id": "Id",
    "col_name": "Namn",
    "col_owner": "Ansvarig",
    "col_delmal": "Delmål",
    "col_status": "Status",
    "col_basis": "Grund för steget",
    "level_empty": "Inga insatser på det här steget.",
    "status.planerad": "Planerad",
    "status.pågående": "Pågående",
    "status.genomförd": "Genomförd",
    "status.avbruten": "Avbruten",
    "basis_declared": "Angiven i planen.",
    "basis_declared_supported": "Angiven i planen och stöds av underlaget: {reasons}.",
    "basis_declared_differs": "Angiven i planen, men underlaget pekar på {inferred}: {reasons}.",
    "basis_evidence": "Underlag: {reasons}.",
    "basis_text": "Ordval: {reasons}.",
    "basis_default": "Inget underlag; aktivitet antas.",
    # --- indicators -------------------------------------------------------------------
    "indicators_none": "Planen har inga indikatorer.",
    "ind_initiative": "Insats",
    "ind_source": "Källa",
    "ind_unit": "Enhet",
    "ind_scope": "Mäter",
    "ind_direction": "Riktning",
    "scope.organisation": "den egna organisationen (inte målgruppen)",
    "scope.målgrupp": "målgruppen",
    "scope.samhälle": "samhället",
    "direction.utjämna": "utjämna: skillnaden mellan könen ska minska",
    "direction.öka": "öka",
    "direction.minska": "minska",
    "col_point": "Mätpunkt",
    "col_when": "Tid",
    "col_total": "Totalt",
    "col_gap": "Skillnad",
    "col_trend": "Förändring",
    "col_share_female": "Andel {female}",
    "col_balance": "Könsfördelning",
    "point.baseline": "Utgångsläge",
    "point.measurement": "Mätning",
    "point.target": "Mål",
    "sex.female": "kvinnor",
    "sex.male": "män",
    "sex.girls": "flickor",
    "sex.boys": "pojkar",
    "trend.narrowed": "↘ minskar",
    "trend.widened": "↗ ökar",
    "trend.unchanged": "→ oförändrad",
    "trend_target.narrowed": "↘ ska minska",
    "trend_target.widened": "↗ kan öka",
    "trend_target.unchanged": "→ oförändrad",
    "balance.even": "jämn (40–60)",
    "balance.women": "kvinnodominerad",
    "balance.men": "mansdominerad",
    "balance.girls": "flickdominerad",
    "balance.boys": "pojkdominerad",
    "ind_no_points": "Indikatorn har inga värden ännu.",
    "s_gap_change": "Från utgångsläget ({from}) till den senaste mätningen ({to}) har "
    "skillnaden mellan {female} och {male} {change}, från {before} till {after}.",
    "change.narrowed": "minskat",
    "change.widened": "ökat",
    "change.unchanged": "legat still",
    "s_target_gap": "Målet ({when}) är {gap}.",
    "s_rates": "Procentvärdena för {female} och {male} summerar inte till 100: de är andelar "
    "inom varje kön, så ingen könsfördelning räknas fram.",
    "s_shares": "Könsfördelningen följer SCB:s gräns: jämn när varje kön utgör minst 40 procent.",
    "s_society_indicator": "Indikatorn visar läget i samhället, som planens insatser kan bidra "
    "till men inte ensamma förklara.",
    # --- gaps and advice ---------------------------------------------------------------
    "severity.error": "Fel",
    "severity.warning": "Varningar",
    "severity.info": "Upplysningar",
    "gaps_intro": "Fynden är grupperade efter allvar och regel. Varje regel har ett förslag "
    "på nästa steg och vem som brukar ta det.",
    "gaps_none": "Granskningen hittade inga luckor i planen.",
    "next_step": "Nästa steg",
    "who": "Vem",
    "plan_level": "hela planen",
    "at_line": "rad {line}",
    "more_info": "Läs mer: effektkedja explain {code}",
    "col_rule": "Regel",
    "col_initiative": "Insats",
    "col_finding": "Fynd",
    "col_reason": "Motivering",
    "accepted_intro": "Fynden nedan har organisationen godtagit som undantag, med en "
    "motivering i planen. De räknas inte.",
    "role.politicians.political": "förtroendevalda i nämnd eller styrelse",
    "role.politicians.other": "myndighetschef eller styrelse",
    "role.management.political": "förvaltningsledningen",
    "role.management.other": "ledningsgruppen",
    "role.strategist": "jämställdhetsstrategen",
    # --- delmål ------------------------------------------------------------------------
    "col_goal": "Delmål",
    "col_outcomes": "Utfall och samhällseffekter",
    "col_others": "Övriga insatser",
    "s_delmal": "Planens utfall och samhällseffekter bidrar till {covered} av de sex "
    "jämställdhetspolitiska delmålen.",
    "s_delmal_none": "Inget av planens utfall eller samhällseffekter anger något av de sex "
    "jämställdhetspolitiska delmålen.",
    "s_delmal_goal": "Det övergripande målet är att kvinnor och män ska ha samma makt att "
    "forma samhället och sina egna liv.",
    "delmal.1": "En jämn fördelning av makt och inflytande",
    "delmal.2": "Ekonomisk jämställdhet",
    "delmal.3": "Jämställd utbildning",
    "delmal.4": "Jämn fördelning av det obetalda hem- och omsorgsarbetet",
    "delmal.5": "Jämställd hälsa",
    "delmal.6": "Mäns våld mot kvinnor ska upphöra",
    "delmal_short.1": "makt",
    "delmal_short.2": "ekonomi",
    "delmal_short.3": "utbildning",
    "delmal_short.4": "omsorg",
    "delmal_short.5": "hälsa",
    "delmal_short.6": "våld",
    # --- a plan that could not be read ----------------------------------------------
    "unreadable_intro": "Planen kunde inte läsas som en giltig plan, så den har inte granskats "
    "mot effektkedjan. Rätta felen nedan och kör rapporten igen.",
    "footer": "Rapporten är framtagen med effektkedja {version} den {date}.",
    # --- this round: results, folding, chain descriptions ----------------------------
    "fact_owner": "Ansvarig för planen",
    "col_result": "Resultat",
    "result.planned": "Planerat",
    "result.measured": "Mätt",
    "result.improved": "Förbättrat",
    "result.worsened": "Försämrat",
    "s_results": "{improved} av {outcomes} utfall och samhällseffekter visar ett förbättrat "
    "resultat för målgruppen.",
    "s_results_rest": "Övriga: {rest}.",
    "s_portfolio_improved": "{improved} av {organisations} påvisar förbättrade utfall för "
    "målgruppen.",
    "folded": "Fyndet samlar {count} om enskilda insatser:",
    "chain_title": "Effektkedjan",
    "chain_description": "{initiatives} och {links} mellan stegen: {levels}.",
    "staircase_same": "Trappan visar samma antal som tabellen ovan.",
    # --- problems and results --------------------------------------------------------
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
    # --- the HTML report -------------------------------------------------------------
    "html_skip": "Hoppa till rapporten",
    "html_toc": "Innehåll",
    "html_chain_figure_intro": "Under diagrammet finns samma uppgifter som en tabell.",
    "html_chain_text": "Kedjan i text",
    "html_chain_caption": "Insatserna steg för steg och vart de leder",
    "html_chain_empty_column": "Inga insatser",
    "html_chain_title": "Effektkedjan för {organisation}",
    "html_chain_desc": "Diagram med {initiatives} i en kolumn per steg, från aktivitet till "
    "vänster till samhällseffekt till höger: {levels}. {links}",
    "html_chain_desc_level": "{level} {n}",
    "html_chain_desc_links": "Pilarna visar {links}.",
    "html_chain_desc_kinds": "Pilarna visar {links}, varav {skip} hoppar över steg och "
    "{backward} går bakåt.",
    "html_chain_desc_none": "Insatserna har inga länkar till varandra.",
    "html_chain_desc_flagged": "{count} har fynd och är markerade med en symbol och ett ord.",
    "html_legend_normal": "Heldragen linje med fylld pilspets: nästa steg i kedjan.",
    "html_legend_skip": "Streckad linje med öppen pilspets: länken hoppar över ett eller "
    "flera steg.",
    "html_legend_backward": "Prickad linje med dubbel pilspets: länken går bakåt till ett "
    "lägre steg.",
    "html_legend_flagged": "Symbol och ord överst i rutan: insatsen har fel (kryss i cirkel), "
    "varningar (utropstecken i triangel) eller bara upplysningar (i i cirkel).",
    "col_leads_to": "Leder till",
    "col_flag": "Fynd",
    "link_kind.skip": "hoppar över steg",
    "link_kind.backward": "går bakåt",
    "html_flag": "{severity}: {count}",
    "html_levels_caption": "Insatser på steget {level}",
    "html_summary_caption": "Insatser och kedjor per steg",
    "html_indicator_caption": "Mätpunkter för {female} och {male}: {name}",
    "html_chart_title": "{name}: {female} och {male} över tid",
    "html_chart_series": "{sex}: {values}.",
    "html_chart_value": "{value} ({when})",
    "html_chart_target": "Målet ({when}): {female} {female_value}, {male} {male_value}.",
    "html_chart_target_word": "mål",
    "html_chart_none": "Inget diagram: indikatorn har inga värden för {female} eller {male}.",
    "html_accepted_caption": "Godtagna undantag med planens motivering",
    "html_delmal_caption": "Delmålen och planens insatser",
    "html_combined_caption": "Planerna i rapporten",
    "html_portfolio_caption": "Organisationerna i portföljen",
    "html_portfolio_delmal_caption": "Utfall och samhällseffekter per delmål och organisation",
    "html_portfolio_findings_caption": "De vanligaste fynden",
    "html_portfolio_levels_caption": "Alla planers insatser per steg",
    "html_unreadable_caption": "Planer som inte kunde läsas",
    "html_evidence_caption": "Underlag för {female} och {male}: {name}",
    "html_problem_addressed_caption": "Insatser som angriper problemet och hur långt deras "
    "kedjor når: {problem}",
    "html_problem_outcomes_caption": "Utfall och samhällseffekter i kedjorna och deras "
    "resultat: {problem}",
    "html_portfolio_problems_caption": "Portföljens problem per delmål",
    # --- the Word report -------------------------------------------------------------
    "docx_subject": "Jämställdhetsintegrering: planen granskad mot effektkedjan",
    "docx_keywords": "effektkedja; effektkedjan; jämställdhetsintegrering; jämställdhetsplan",
    "docx_category": "Jämställdhetsintegrering",
    "docx_chain_intro": "Tabellen visar planens insatser steg för steg, från aktivitet till "
    "samhällseffekt, och vart varje insats leder enligt leder_till. En länk som hoppar över "
    "steg eller går bakåt är markerad med ord.",
    "docx_chain_flags": "En insats med fynd är markerad med en symbol och ett ord: ✖ Fel, "
    "⚠ Varning eller ℹ Upplysning (bara upplysningar).",
    "docx_flag": "{symbol} {severity}: {count}",
    "docx_style_table": "Tabelltext",
}
