"""Texts for plans in Excel (effektkedja.workbook, ``convert``), merged into sv.py and en.py.

- ``EK001.workbook.*``: the file cannot be read as a workbook;
- ``EK002.workbook.*``: the workbook does not follow the layout (SPEC.md section 9);
- ``workbook.help.<sheet>.<column>``: input help on a header cell and on the
  instructions sheet (at most 255 characters: Excel's limit for an input message);
- ``workbook.guide.*``: the instructions sheet of a written workbook;
- ``workbook.write.*``: why a plan cannot be written as a workbook;
- ``convert.*``: the ``convert`` command.
"""

from __future__ import annotations

# Help texts shared by the columns of a measurement point (Indikatorer and Problem).
_POINT_HELP_SV = {
    "år": "Året som värdet gäller (ÅÅÅÅ). Varje punkt behöver år eller datum.",
    "datum": "Dagen som värdet gäller (ÅÅÅÅ-MM-DD), i stället för eller utöver år.",
    "kvinnor": "Värdet för kvinnor. Decimalkomma går bra (34,5).",
    "män": "Värdet för män. Decimalkomma går bra (34,5).",
    "flickor": "Värdet för flickor, i stället för kvinnor.",
    "pojkar": "Värdet för pojkar, i stället för män.",
    "totalt": "Värdet för alla.",
}
_POINT_HELP_EN = {
    "år": "The year the value is for (YYYY). Each point needs a year or a date.",
    "datum": "The day the value is for (YYYY-MM-DD), instead of or besides the year.",
    "kvinnor": "The value for women. A decimal comma is fine (34,5).",
    "män": "The value for men. A decimal comma is fine (34,5).",
    "flickor": "The value for girls, instead of women.",
    "pojkar": "The value for boys, instead of men.",
    "totalt": "The value for everyone.",
}

TEXTS_SV: dict[str, str] = {
    # --- EK001: inte en arbetsbok som går att läsa ----------------------------------------
    "EK001.workbook.not_zip": "filen är ingen Excel-arbetsbok (.xlsx); spara planen som "
    ".xlsx eller som YAML",
    "EK001.workbook.encrypted": "arbetsboken är lösenordsskyddad (krypterad) eller en äldre "
    "Excel-fil (.xls); spara den som .xlsx utan lösenord",
    "EK001.workbook.broken_zip": "arbetsboken är skadad och går inte att packa upp",
    "EK001.workbook.not_workbook": "filen är en zip-fil men ingen Excel-arbetsbok",
    "EK001.workbook.too_many_parts": "arbetsboken består av fler än {limit} delar och läses inte",
    "EK001.workbook.too_big": "arbetsboken packas upp till {size} MiB (gränsen är {limit} MiB) "
    "och läses inte",
    "EK001.workbook.too_many_rows": "bladet {sheet} har fler än {limit} rader med innehåll och "
    "läses inte; dela upp planen",
    "EK001.workbook.unreadable": "arbetsboken går inte att läsa: {detail}",
    # --- EK002: arbetsboken följer inte upplägget ------------------------------------------
    "EK002.workbook.missing_sheet": "bladet ”{sheet}” saknas; arbetsboken har bladen: {sheets}",
    "EK002.workbook.duplicate_sheet": "bladen ”{sheet}” och ”{other}” har samma namn; ta bort "
    "eller byt namn på det ena",
    "EK002.workbook.unknown_column": "okänd kolumn ”{column}” på bladet {sheet}",
    "EK002.workbook.duplicate_column": "kolumnen ”{column}” finns redan i {other}; varje kolumn "
    "får bara finnas en gång",
    "EK002.workbook.missing_column": "kolumnen ”{column}” saknas på bladet {sheet}; utan den kan "
    "raderna inte läsas",
    "EK002.workbook.no_header": "värde i en kolumn utan rubrik på bladet {sheet}; skriv "
    "kolumnens namn i rubrikraden eller flytta värdet",
    "EK002.workbook.merged_header": "rubrikcellerna {range} är sammanfogade; dela upp dem så att "
    "varje kolumn har en egen rubrik",
    "EK002.workbook.merged_across": "cellerna {range} är sammanfogade över flera kolumner; dela "
    "upp dem så att varje värde står i sin kolumn",
    "EK002.workbook.too_many_merges": "bladet {sheet} har fler än {limit} sammanfogade områden; "
    "dela upp cellerna",
    "EK002.workbook.formula_without_value": "formeln i cellen har inget sparat värde; öppna och "
    "spara arbetsboken i Excel eller LibreOffice, eller skriv in värdet",
    "EK002.workbook.error_value": "cellen innehåller felvärdet {value}",
    "EK002.workbook.disagrees": "”{column}” är ”{value}” här men ”{first}” på rad {row}; "
    "{what} ska ha samma uppgifter på alla sina rader",
    "EK002.workbook.value_without_field": "värde utan fältnamn; skriv fältets namn i kolumnen fält",
    "EK002.workbook.unknown_field": "okänt fält ”{field}” på bladet Plan",
    "EK002.workbook.duplicate_field": "fältet ”{field}” finns redan på rad {row}",
    "EK002.workbook.no_initiative": "raden anger inte vilken insats den hör till; skriv "
    "insatsens id i kolumnen insats",
    "EK002.workbook.unknown_initiative": "det finns ingen insats med id ”{id}” på bladet Insatser",
    "EK002.workbook.no_point_kind": "raden har värden men ingen punkt; skriv utgångsläge, "
    "mätning eller mål i kolumnen punkt",
    "EK002.workbook.point_kind": "”{value}” är ingen punkt; tillåtna: {allowed}",
    "EK002.workbook.point_repeated": "indikatorn har redan ett {kind} på rad {row}; en indikator "
    "har ett utgångsläge och ett mål men gärna flera mätningar",
    "EK002.workbook.fact_without_name": "raden har värden men inget underlag; skriv underlagets "
    "namn i kolumnen underlag",
    "workbook.what.indicator": "indikatorn ”{name}”",
    "workbook.what.problem": "problemet ”{id}”",
    "workbook.what.underlag": "underlaget ”{name}”",
    # --- hjälp på rubrikerna ---------------------------------------------------------------
    "workbook.help.plan.fält": "Fältets namn: version, organisation, kortnamn, typ, "
    "period.från, period.till, uppdrag eller ansvarig.",
    "workbook.help.plan.värde": "Fältets värde. Lämna tomt det som inte ska anges.",
    "workbook.help.plan.version": "Formatets version: 1. Kan lämnas tom.",
    "workbook.help.plan.organisation": "Organisationens namn. Obligatoriskt.",
    "workbook.help.plan.kortnamn": "Kort namn eller förkortning, t.ex. EKB.",
    "workbook.help.plan.typ": "myndighet, kommun, region, lärosäte eller annan.",
    "workbook.help.plan.period.från": "Första året (ÅÅÅÅ) eller dagen (ÅÅÅÅ-MM-DD) som planen "
    "gäller.",
    "workbook.help.plan.period.till": "Sista året (ÅÅÅÅ) eller dagen (ÅÅÅÅ-MM-DD) som planen "
    "gäller.",
    "workbook.help.plan.uppdrag": "Uppdraget bakom planen, t.ex. CEMR-handlingsplan.",
    "workbook.help.plan.ansvarig": "Ansvarig för de insatser som inte anger någon egen.",
    "workbook.help.insatser.id": "Unik identitet: bokstäver, siffror, - _ och . utan "
    "mellanslag. Obligatoriskt.",
    "workbook.help.insatser.namn": "Insatsens namn. Obligatoriskt.",
    "workbook.help.insatser.beskrivning": "Vad insatsen går ut på.",
    "workbook.help.insatser.nivå": "Steget i effektkedjan som planen anger: aktivitet, produkt, "
    "arbetssätt, utfall eller samhällseffekt.",
    "workbook.help.insatser.ansvarig": "Vem som ansvarar för insatsen.",
    "workbook.help.insatser.status": "planerad, pågående, genomförd eller avbruten.",
    "workbook.help.insatser.start": "Startdatum ÅÅÅÅ-MM-DD, eller ett år ÅÅÅÅ.",
    "workbook.help.insatser.slut": "Slutdatum ÅÅÅÅ-MM-DD, eller ett år ÅÅÅÅ (då gäller årets "
    "sista dag).",
    "workbook.help.insatser.delmål": "Jämställdhetspolitiska delmål: 1-6 eller makt, ekonomi, "
    "utbildning, omsorg, hälsa, våld. Skilj flera med komma.",
    "workbook.help.insatser.målgrupp": "Vems villkor som ska förändras.",
    "workbook.help.insatser.leder_till": "Id för nästa steg i kedjan. Skilj flera med komma "
    "eller semikolon.",
    "workbook.help.insatser.problem": "Id för problemen (bladet Problem) som insatsen tar sig "
    "an. Skilj flera med komma.",
    "workbook.help.insatser.beslut.datum": "Datum för beslutet bakom en produkt.",
    "workbook.help.insatser.beslut.av": "Vem som beslutade, t.ex. Socialnämnden.",
    "workbook.help.insatser.beslut.diarienummer": "Beslutets diarienummer.",
    "workbook.help.insatser.produkt.typ": "Typ av produkt: policy, riktlinje, rutin, verktyg, "
    "mål, anvisning, mall, checklista eller annan.",
    "workbook.help.insatser.tillämpning.av": "Vem som tillämpar produkten i sitt ordinarie "
    "arbete (arbetssätt).",
    "workbook.help.insatser.tillämpning.sedan": "Sedan när produkten tillämpas (ÅÅÅÅ-MM-DD "
    "eller ÅÅÅÅ).",
    "workbook.help.indikatorer.insats": "Id för insatsen som indikatorn hör till (bladet "
    "Insatser). Obligatoriskt.",
    "workbook.help.indikatorer.indikator": "Indikatorns namn: vad som mäts. Samma namn på "
    "varje rad för samma indikator.",
    "workbook.help.indikatorer.källa": "Varifrån uppgifterna kommer.",
    "workbook.help.indikatorer.enhet": "Enhet, t.ex. antal, procent eller timmar.",
    "workbook.help.indikatorer.omfång": "Vems förhållanden som mäts: organisation, målgrupp "
    "(standard) eller samhälle.",
    "workbook.help.indikatorer.riktning": "Vad som är en bra utveckling: utjämna (standard), "
    "öka eller minska.",
    "workbook.help.indikatorer.punkt": "utgångsläge, mätning eller mål. Tom för en indikator "
    "som ännu saknar värden.",
    "workbook.help.problem.id": "Problemets unika identitet. Samma id på varje rad för samma "
    "problem.",
    "workbook.help.problem.namn": "Vilken ojämställdhet planen vill förändra.",
    "workbook.help.problem.delmål": "Jämställdhetspolitiska delmål: 1-6 eller makt, ekonomi, "
    "utbildning, omsorg, hälsa, våld. Skilj flera med komma.",
    "workbook.help.problem.målgrupp": "Vilka som berörs av problemet.",
    "workbook.help.problem.analys": "Kartläggning och analys: vad som visar problemet och "
    "varför det finns.",
    "workbook.help.problem.underlag": "Namnet på det könsuppdelade underlag som visar "
    "problemet. Samma namn på varje rad för samma underlag.",
    "workbook.help.problem.källa": "Varifrån underlaget kommer.",
    "workbook.help.problem.enhet": "Enhet, t.ex. antal, procent eller timmar.",
    "workbook.help.undantag.insats": "Id för insatsen där fyndet godtas som undantag.",
    "workbook.help.undantag.regel": "Regelkoden som undantas, t.ex. EK304.",
    "workbook.help.undantag.motivering": "Varför fyndet godtas som undantag. Obligatoriskt.",
    # --- anvisningsbladet ------------------------------------------------------------------
    "workbook.guide.sheet": "Anvisningar",
    "workbook.guide.title": "Plan för jämställdhetsintegrering: så fyller du i arbetsboken",
    "workbook.guide.intro": "Arbetsboken är en plan i effektkedjans format. Granska den med "
    "kommandot: effektkedja check plan.xlsx",
    "workbook.guide.sheets": "Bladen Plan, Insatser, Indikatorer, Problem och Undantag är "
    "planen. Andra blad, som det här, läses inte.",
    "workbook.guide.header": "Första raden på varje blad är rubrikraden. Kolumnerna får stå i "
    "valfri ordning; stora och små bokstäver räknas lika, och å, ä, ö får skrivas a, a, o. "
    "Tomma rader hoppas över.",
    "workbook.guide.plan": "Plan: en rad per fält, med fältets namn i kolumnen fält och "
    "värdet i kolumnen värde.",
    "workbook.guide.insatser": "Insatser: en rad per insats. Kolumnerna beslut.datum, "
    "beslut.av och beslut.diarienummer hör ihop, liksom tillämpning.av och tillämpning.sedan.",
    "workbook.guide.indikatorer": "Indikatorer: en rad per punkt (utgångsläge, mätning eller "
    "mål). Indikatorns namn, källa, enhet, omfång och riktning upprepas på varje rad för samma "
    "indikator.",
    "workbook.guide.problem": "Problem: en rad per värde i underlaget. Problemets id, namn, "
    "delmål, målgrupp och analys upprepas på varje rad för samma problem.",
    "workbook.guide.undantag": "Undantag: en rad per godtaget undantag, med insatsens id, "
    "regelkoden och motiveringen.",
    "workbook.guide.values": "Listor (delmål, leder_till, problem) skiljs med komma eller "
    "semikolon. Datum skrivs ÅÅÅÅ-MM-DD eller som datumceller, ett år som ÅÅÅÅ. Tal får ha "
    "decimalkomma.",
    "workbook.guide.formulas": "En formel räknas med det värde som sparades med den; formler "
    "räknas aldrig om. Slå inte ihop celler i rubrikraden.",
    "workbook.guide.lists": "Rullgardinslistorna visar de tillåtna orden. Markera en "
    "rubrikcell för att se vad kolumnen ska innehålla.",
    "workbook.guide.columns": "Kolumnerna",
    "workbook.guide.column.sheet": "Blad",
    "workbook.guide.column.column": "Kolumn",
    "workbook.guide.column.help": "Innehåll",
    "workbook.dv.error_title": "Okänt värde",
    "workbook.dv.error": "Värdet finns inte i listan över tillåtna ord.",
    "workbook.values.sheet": "Värden",
    # --- planer som inte kan skrivas som arbetsbok ----------------------------------------------
    "workbook.write.control_char": "texten i {where} innehåller tecknet {code} (ett "
    "styrtecken), som en arbetsbok inte kan lagra",
    "workbook.write.too_long": "texten i {where} är längre än {limit} tecken, mer än en cell "
    "rymmer",
    "workbook.write.blank_text": "texten i {where} består bara av blanksteg; i en arbetsbok "
    "räknas en sådan cell som tom",
    "workbook.write.same_indicator": "insatsen ”{id}” har två indikatorer med namnet ”{name}”; "
    "i en arbetsbok hålls indikatorer isär med sina namn",
    "workbook.write.same_problem": "två problem har id ”{id}”; i en arbetsbok hålls problem "
    "isär med sina id",
    "workbook.write.same_underlag": "problemet ”{id}” har två underlag med namnet ”{name}”; i "
    "en arbetsbok hålls underlag isär med sina namn",
    "workbook.write.same_id": "två insatser har id ”{id}” och den senare har indikatorer eller "
    "undantag; i en arbetsbok knyts de till insatsen med dess id",
    "workbook.write.unexpected": "{where} har ett värde som inte hör hemma i en plan",
    "workbook.write.unknown_key": "{where} hör inte till formatet och har ingen plats i en "
    "arbetsbok",
    # --- convert -----------------------------------------------------------------------------
    "convert.written": "skrev {path}",
    "convert.comments": "obs: kommentarerna i {path} följer inte med; YAML-kommentarer kan inte "
    "föras över",
    "convert.err.suffix": "okänd filtyp: {path}; använd .yaml, .yml eller .xlsx",
    "convert.err.exists": "{path} finns redan; lägg till --force för att skriva över den",
    "convert.err.not_file": "{path} är ingen fil",
    "convert.err.invalid": "{path} är ingen giltig plan och konverteras inte; rätta felen ovan "
    "först",
    "convert.err.unwritable": "{path} kan inte skrivas: {reason}",
}

TEXTS_EN: dict[str, str] = {
    # --- EK001 ---------------------------------------------------------------------------------
    "EK001.workbook.not_zip": "the file is not an Excel workbook (.xlsx); save the plan as "
    ".xlsx or as YAML",
    "EK001.workbook.encrypted": "the workbook is password-protected (encrypted) or an old "
    "Excel file (.xls); save it as .xlsx without a password",
    "EK001.workbook.broken_zip": "the workbook is damaged and cannot be unpacked",
    "EK001.workbook.not_workbook": "the file is a zip archive but not an Excel workbook",
    "EK001.workbook.too_many_parts": "the workbook has more than {limit} parts and is not read",
    "EK001.workbook.too_big": "the workbook unpacks to {size} MiB (the limit is {limit} MiB) "
    "and is not read",
    "EK001.workbook.too_many_rows": "sheet {sheet} has more than {limit} rows with content and "
    "is not read; split the plan",
    "EK001.workbook.unreadable": "the workbook cannot be read: {detail}",
    # --- EK002 ---------------------------------------------------------------------------------
    "EK002.workbook.missing_sheet": "there is no sheet “{sheet}”; the workbook has the sheets: "
    "{sheets}",
    "EK002.workbook.duplicate_sheet": "the sheets “{sheet}” and “{other}” have the same name; "
    "remove or rename one of them",
    "EK002.workbook.unknown_column": "unknown column “{column}” on sheet {sheet}",
    "EK002.workbook.duplicate_column": "the column “{column}” is already in {other}; each "
    "column may appear only once",
    "EK002.workbook.missing_column": "there is no column “{column}” on sheet {sheet}; the rows "
    "cannot be read without it",
    "EK002.workbook.no_header": "a value in a column without a header on sheet {sheet}; write "
    "the column's name in the header row or move the value",
    "EK002.workbook.merged_header": "the header cells {range} are merged; unmerge them so that "
    "each column has a header of its own",
    "EK002.workbook.merged_across": "the cells {range} are merged across columns; unmerge them "
    "so that each value stands in its column",
    "EK002.workbook.too_many_merges": "sheet {sheet} has more than {limit} merged ranges; "
    "unmerge the cells",
    "EK002.workbook.formula_without_value": "the formula in the cell has no stored value; open "
    "and save the workbook in Excel or LibreOffice, or type the value",
    "EK002.workbook.error_value": "the cell holds the error value {value}",
    "EK002.workbook.disagrees": "“{column}” is “{value}” here but “{first}” on row {row}; "
    "{what} must have the same details on all its rows",
    "EK002.workbook.value_without_field": "a value without a field name; write the field's name "
    "in the fält column",
    "EK002.workbook.unknown_field": "unknown field “{field}” on sheet Plan",
    "EK002.workbook.duplicate_field": "the field “{field}” is already on row {row}",
    "EK002.workbook.no_initiative": "the row does not say which initiative it belongs to; write "
    "the initiative's id in the insats column",
    "EK002.workbook.unknown_initiative": "there is no initiative with id “{id}” on sheet Insatser",
    "EK002.workbook.no_point_kind": "the row has values but no point; write utgångsläge, "
    "mätning or mål in the punkt column",
    "EK002.workbook.point_kind": "“{value}” is not a point; allowed: {allowed}",
    "EK002.workbook.point_repeated": "the indicator already has a {kind} on row {row}; an "
    "indicator has one baseline and one target but may have many measurements",
    "EK002.workbook.fact_without_name": "the row has values but no underlag; write the name of "
    "the facts in the underlag column",
    "workbook.what.indicator": "the indicator “{name}”",
    "workbook.what.problem": "the problem “{id}”",
    "workbook.what.underlag": "the facts “{name}”",
    # --- help on the headers -------------------------------------------------------------------
    "workbook.help.plan.fält": "The field's name: version, organisation, kortnamn, typ, "
    "period.från, period.till, uppdrag or ansvarig.",
    "workbook.help.plan.värde": "The field's value. Leave empty what is not to be given.",
    "workbook.help.plan.version": "The format's version: 1. May be left empty.",
    "workbook.help.plan.organisation": "The organisation's name. Required.",
    "workbook.help.plan.kortnamn": "A short name or abbreviation, e.g. EKB.",
    "workbook.help.plan.typ": "myndighet (agency), kommun (municipality), region, lärosäte "
    "(university) or annan (other).",
    "workbook.help.plan.period.från": "The first year (YYYY) or day (YYYY-MM-DD) the plan covers.",
    "workbook.help.plan.period.till": "The last year (YYYY) or day (YYYY-MM-DD) the plan covers.",
    "workbook.help.plan.uppdrag": "The assignment behind the plan, e.g. a CEMR action plan.",
    "workbook.help.plan.ansvarig": "The owner of the initiatives that name none of their own.",
    "workbook.help.insatser.id": "A unique id: letters, digits, - _ and . without spaces. "
    "Required.",
    "workbook.help.insatser.namn": "The initiative's name. Required.",
    "workbook.help.insatser.beskrivning": "What the initiative is about.",
    "workbook.help.insatser.nivå": "The level in the results chain the plan claims: aktivitet, "
    "produkt, arbetssätt, utfall or samhällseffekt.",
    "workbook.help.insatser.ansvarig": "Who is responsible for the initiative.",
    "workbook.help.insatser.status": "planerad (planned), pågående (ongoing), genomförd (done) "
    "or avbruten (cancelled).",
    "workbook.help.insatser.start": "Start date YYYY-MM-DD, or a year YYYY.",
    "workbook.help.insatser.slut": "End date YYYY-MM-DD, or a year YYYY (then the year's last "
    "day counts).",
    "workbook.help.insatser.delmål": "Gender-equality sub-goals: 1-6 or makt, ekonomi, "
    "utbildning, omsorg, hälsa, våld. Separate several with commas.",
    "workbook.help.insatser.målgrupp": "Whose conditions are to change.",
    "workbook.help.insatser.leder_till": "Ids of the next steps in the chain. Separate several "
    "with commas or semicolons.",
    "workbook.help.insatser.problem": "Ids of the problems (sheet Problem) the initiative "
    "addresses. Separate several with commas.",
    "workbook.help.insatser.beslut.datum": "The date of the decision behind a product.",
    "workbook.help.insatser.beslut.av": "Who decided, e.g. Socialnämnden.",
    "workbook.help.insatser.beslut.diarienummer": "The decision's registration number.",
    "workbook.help.insatser.produkt.typ": "Kind of product: policy, riktlinje, rutin, verktyg, "
    "mål, anvisning, mall, checklista or annan.",
    "workbook.help.insatser.tillämpning.av": "Who applies the product in their regular work "
    "(arbetssätt).",
    "workbook.help.insatser.tillämpning.sedan": "Since when the product is applied (YYYY-MM-DD "
    "or YYYY).",
    "workbook.help.indikatorer.insats": "The id of the initiative the indicator belongs to "
    "(sheet Insatser). Required.",
    "workbook.help.indikatorer.indikator": "The indicator's name: what is measured. The same "
    "name on every row of the same indicator.",
    "workbook.help.indikatorer.källa": "Where the figures come from.",
    "workbook.help.indikatorer.enhet": "The unit, e.g. antal (number), procent or timmar.",
    "workbook.help.indikatorer.omfång": "Whose conditions are measured: organisation, "
    "målgrupp (target group, the default) or samhälle (society).",
    "workbook.help.indikatorer.riktning": "What a good development is: utjämna (close the gap, "
    "the default), öka (increase) or minska (decrease).",
    "workbook.help.indikatorer.punkt": "utgångsläge (baseline), mätning (measurement) or mål "
    "(target). Empty for an indicator without values yet.",
    "workbook.help.problem.id": "The problem's unique id. The same id on every row of the same "
    "problem.",
    "workbook.help.problem.namn": "The inequality the plan sets out to change.",
    "workbook.help.problem.delmål": "Gender-equality sub-goals: 1-6 or makt, ekonomi, "
    "utbildning, omsorg, hälsa, våld. Separate several with commas.",
    "workbook.help.problem.målgrupp": "Who is affected by the problem.",
    "workbook.help.problem.analys": "Mapping and analysis: what shows the problem and why it "
    "exists.",
    "workbook.help.problem.underlag": "The name of the sex-disaggregated facts that show the "
    "problem. The same name on every row of the same facts.",
    "workbook.help.problem.källa": "Where the facts come from.",
    "workbook.help.problem.enhet": "The unit, e.g. antal (number), procent or timmar.",
    "workbook.help.undantag.insats": "The id of the initiative where the finding is accepted.",
    "workbook.help.undantag.regel": "The rule code accepted, e.g. EK304.",
    "workbook.help.undantag.motivering": "Why the finding is accepted. Required.",
    # --- the instructions sheet ----------------------------------------------------------------
    "workbook.guide.sheet": "Instructions",
    "workbook.guide.title": "Gender-mainstreaming plan: how to fill in this workbook",
    "workbook.guide.intro": "This workbook is a plan in effektkedja's format. Check it with "
    "the command: effektkedja check plan.xlsx --lang en",
    "workbook.guide.sheets": "The sheets Plan, Insatser, Indikatorer, Problem and Undantag are "
    "the plan. Other sheets, like this one, are not read.",
    "workbook.guide.header": "The first row of each sheet is the header row. The columns may "
    "stand in any order; upper and lower case count the same, and å, ä, ö may be written a, "
    "a, o. Empty rows are skipped.",
    "workbook.guide.plan": "Plan: one row per field, the field's name in the column fält and "
    "its value in the column värde.",
    "workbook.guide.insatser": "Insatser: one row per initiative. The columns beslut.datum, "
    "beslut.av and beslut.diarienummer belong together, as do tillämpning.av and "
    "tillämpning.sedan.",
    "workbook.guide.indikatorer": "Indikatorer: one row per point (utgångsläge, mätning or "
    "mål). The indicator's name, source, unit, scope and direction repeat on each row of the "
    "same indicator.",
    "workbook.guide.problem": "Problem: one row per value of the facts. The problem's id, "
    "name, delmål, target group and analysis repeat on each row of the same problem.",
    "workbook.guide.undantag": "Undantag: one row per accepted finding, with the initiative's "
    "id, the rule code and the reason.",
    "workbook.guide.values": "Lists (delmål, leder_till, problem) are separated by commas or "
    "semicolons. Dates are written YYYY-MM-DD or as date cells, a year as YYYY. Numbers may "
    "have a decimal comma.",
    "workbook.guide.formulas": "A formula counts by the value stored with it; formulas are "
    "never recalculated. Do not merge cells in the header row.",
    "workbook.guide.lists": "The drop-down lists show the allowed words. Select a header cell "
    "to see what the column holds.",
    "workbook.guide.columns": "The columns",
    "workbook.guide.column.sheet": "Sheet",
    "workbook.guide.column.column": "Column",
    "workbook.guide.column.help": "Contents",
    "workbook.dv.error_title": "Unknown value",
    "workbook.dv.error": "The value is not in the list of allowed words.",
    "workbook.values.sheet": "Values",
    # --- plans that cannot be written as a workbook --------------------------------------------
    "workbook.write.control_char": "the text in {where} holds the character {code} (a "
    "control character), which a workbook cannot store",
    "workbook.write.too_long": "the text in {where} is longer than {limit} characters, more "
    "than a cell holds",
    "workbook.write.blank_text": "the text in {where} is only spaces; in a workbook such a "
    "cell counts as empty",
    "workbook.write.same_indicator": "the initiative “{id}” has two indicators named “{name}”; "
    "a workbook tells indicators apart by their names",
    "workbook.write.same_problem": "two problems have the id “{id}”; a workbook tells problems "
    "apart by their ids",
    "workbook.write.same_underlag": "the problem “{id}” has two sets of facts named “{name}”; "
    "a workbook tells them apart by their names",
    "workbook.write.same_id": "two initiatives have the id “{id}” and the later one has "
    "indicators or exceptions; a workbook ties them to the initiative by its id",
    "workbook.write.unexpected": "{where} holds a value that does not belong in a plan",
    "workbook.write.unknown_key": "{where} is not part of the format and has no place in a "
    "workbook",
    # --- convert -------------------------------------------------------------------------------
    "convert.written": "wrote {path}",
    "convert.comments": "note: the comments in {path} are not carried over; YAML comments "
    "cannot be converted",
    "convert.err.suffix": "unknown file type: {path}; use .yaml, .yml or .xlsx",
    "convert.err.exists": "{path} exists already; add --force to overwrite it",
    "convert.err.not_file": "{path} is not a file",
    "convert.err.invalid": "{path} is not a valid plan and is not converted; fix the errors "
    "above first",
    "convert.err.unwritable": "{path} cannot be written: {reason}",
}

for _column, _text in _POINT_HELP_SV.items():
    TEXTS_SV[f"workbook.help.indikatorer.{_column}"] = _text
    TEXTS_SV[f"workbook.help.problem.{_column}"] = _text
for _column, _text in _POINT_HELP_EN.items():
    TEXTS_EN[f"workbook.help.indikatorer.{_column}"] = _text
    TEXTS_EN[f"workbook.help.problem.{_column}"] = _text
