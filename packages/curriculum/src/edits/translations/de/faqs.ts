/** FAQs in German, one document each, in the markup of `../../portableText.ts`. Readers are addressed with "Sie". */
import type {FaqTranslation} from '../shape.ts'

export const faqs: Readonly<Record<string, FaqTranslation>> = {
  'faq-advance-beyond-technician': {
    question: 'Wie steigen IT-Support-Techniker:innen in höhere Positionen auf?',
    answer: `
Wachsen Sie in mehrere Richtungen zugleich und sammeln Sie Belege für jede: Beförderungen gehen meist an Menschen, die einen Teil der nächsten Aufgabe schon erledigen.
- **Geschäftsverständnis** vernachlässigen Techniker:innen am häufigsten. Fragen Sie diesen Monat Ihre Vorgesetzten, welche Zahlen die Abteilung nach oben meldet (Ticketaufkommen, Lösungszeiten, Kosten), und lernen Sie, sie zu lesen.
- **Führung und Kommunikation** wachsen gemeinsam, wenn Sie eine Aufgabe jenseits der Queue übernehmen: einen Rollout, das Aufräumen der Wissensdatenbank oder die Einarbeitung einer neuen Kollegin.
- **Technische Tiefe** entsteht durch ein bewusst gewähltes Spezialgebiet, untermauert durch eine Zertifizierung darin.
- **Erfahrung** zählt, wenn sie sichtbar ist: Führen Sie ein kurzes Protokoll der schwierigen Probleme, die Sie gelöst haben, und was jede Lösung eingespart hat.
Fragen Sie dann direkt nach: „Was müsste ich zeigen, um für die nächste Rolle in Betracht zu kommen?“ Schreiben Sie die Antwort auf und gehen Sie sie alle paar Monate gemeinsam durch.`,
  },

  'faq-choose-a-support-job-that-leads-somewhere': {
    question: 'Wie findet man eine Support-Stelle, die zu mehr führt?',
    answer: `
Beurteilen Sie die Stelle danach, wie sie Sie wachsen lässt, nicht nur nach der Berufsbezeichnung.
- **Im Vorstellungsgespräch** fragen Sie, ob es ein Mentoring- oder Schulungsprogramm gibt und wer es im letzten Jahr genutzt hat. Gibt es beides nicht, fragen Sie, ob Sie erfahrenen Kolleg:innen über die Schulter schauen könnten, und entscheiden Sie, ob Ihnen das reicht.
- **Die Größe zählt, aber anders als gedacht.** Große Unternehmen stellen das meiste Support-Personal ein, während kleine und mittlere Firmen sich leichter um die Laufbahn jeder einzelnen Person kümmern können. Dass man in kleinen Firmen schneller aufsteigt, ist ein Glaube, keine Regel: Fragen Sie, wie es zur letzten Beförderung im Team kam.
- **Sobald Sie angefangen haben**, bringen Sie Ihre eigene Queue unter Kontrolle, schaffen Sie sich Luft im Kalender und fragen Sie dann, ob Sie bei einem größeren Projekt helfen können.
- **Setzen Sie sich eine Frist.** Wenn Sie bereit für mehr sind, achten Sie auf offene Stellen im Unternehmen; kommt innerhalb eines festgelegten Zeitraums keine (die Quelle nennt als Beispiel fünf Monate), schauen Sie sich bei anderen Arbeitgebern um.
Ganz gleich, wie groß die Firma ist: Ihr Vorankommen plant niemand außer Ihnen.`,
  },

  'faq-entry-level-to-management': {
    question: 'Wie kommt man von einer Einstiegsstelle im IT-Support ins Management?',
    answer: `
Verstehen Sie den Weg als Reihe von Nachweisen, nicht als Warten auf die Beförderung. Ein häufiger Weg beginnt als IT-Analyst:in, am Helpdesk oder als Support-Spezialist:in, führt zur Senior-Support-Spezialist:in oder in eine Supervisor-Position und dann zum IT-Support-Management.
- **Machen Sie zuerst Ihre jetzige Arbeit sehr gut.** Niemand befördert jemanden, dessen eigene Queue aus dem Ruder läuft.
- **Leiten Sie in diesem Quartal etwas Kleines**: die Einarbeitung einer neuen Kollegin, einen Software-Rollout, den Wochenbericht. Fragen Sie Ihre Vorgesetzten, wobei sie Unterstützung gebrauchen können.
- **Wählen Sie ein Spezialgebiet**, etwa Cloud-Dienste, Datenbanken oder Netzwerksicherheit, damit Sie die Person werden, die andere fragen.
- **Ergänzen Sie Managementwissen**, sobald Sie andere beaufsichtigen: ITIL, um Support als Service zu betreiben, PMP, wenn Projekte in Ihre Verantwortung fallen, und einen MBA mit IT-Schwerpunkt, wenn Sie höher hinauswollen.
Sie sind nah dran, wenn Sie bereits einen Teil der Aufgaben der Teamleitung übernehmen und Ihre Vorgesetzten genau benennen können, was noch fehlt.`,
  },

  'faq-experience-and-specialisation': {
    question: 'Warum sind Praxiserfahrung und Spezialisierung im IT-Support so wichtig?',
    answer: `
Weil über Beförderungen anhand von Belegen entschieden wird. Erfahrung ist dieser Beleg: schwierigere Tickets, Projekte und Lösungen, die andere nachprüfen können. Ein Spezialgebiet liefert einen Grund, Sie statt anderer Techniker:innen mit ähnlich vielen Jahren zu wählen, und öffnet Fachstellen, etwa als Fachexpert:in.
So bauen Sie beides gezielt auf:
- Führen Sie eine laufende Liste der schwierigsten Probleme, die Sie gelöst haben, was Sie getan haben und was es eingespart hat, und bringen Sie sie zur nächsten Beurteilung mit.
- Wählen Sie ein Spezialgebiet, in dem Ihre Organisation Schwierigkeiten hat: Stapeln sich Eskalationen zu Cloud-Konten, Datenbanken oder Sicherheit, ist Fachwissen dort knapp.
- Prüfen Sie die Wahl, bevor Sie sich festlegen: Verbringen Sie einen Tag mit dem Team, das den Bereich verantwortet, oder bitten Sie darum, dessen nächste Eskalation zu übernehmen.
Die Wahl ist vermutlich richtig, wenn Sie in Ihrer Freizeit über das Thema lesen und Kolleg:innen anfangen, Ihnen genau diese Fragen zu bringen.`,
  },

  'faq-formal-education-career-progression': {
    question: 'Beschleunigt eine formale Ausbildung die Karriere im IT-Support?',
    answer: `
Am meisten hilft sie weit oben. Für die ersten Schritte, vom Helpdesk zur Senior-Stufe oder Teamleitung, wiegen Erfahrung und Zertifizierungen schwerer als ein Studium. Für Positionen in der Bereichs- und Geschäftsleitung kann formale Bildung laut der Quelle zum Aufstieg den Fortschritt deutlich beschleunigen, vor allem ein MBA mit Schwerpunkt Technologiemanagement.
So entscheiden Sie, ob sich ein Studium für Sie jetzt lohnt:
- Lesen Sie zehn Stellenanzeigen für die Rolle zwei Stufen über Ihrer und zählen Sie, wie viele ein Studium verlangen.
- Fragen Sie die Personalabteilung, ob das Unternehmen ein Studium finanziert und was es im Gegenzug erwartet.
- Wollen Sie in einigen Jahren führen, lässt sich ein berufsbegleitender MBA oder Master in IT neben dem Job absolvieren; wollen Sie technisch bleiben, stecken Sie die Zeit lieber in Zertifizierungen.`,
  },

  'faq-is-tech-support-a-good-first-rung': {
    question: 'Ist der technische Support ein guter erster Schritt auf der Karriereleiter?',
    answer: `
Er kann es sein, wenn Sie ihn als Ort zum Lernen sehen und nicht als Wartezimmer. Die Meinungen gehen auseinander: Manche erleben, wie motivierte Leute schnell vom Helpdesk ins Management und in andere Berufe wechseln; andere finden es schwer, aus der Helpdesk-Erfahrung etwas Größeres zu machen.
Was der Support bietet, ist Breite. Sie sehen täglich, wie sich Rechenzentren, Netzwerke und Anwendungen verhalten – das hilft frischen Informatik-Absolvent:innen bei der Entscheidung, worauf sie sich spezialisieren. Schwierig macht es die Masse: Nach CompTIA-Zahlen, die die Quelle zitiert, ist Anwendersupport in etwa 35 Prozent der US-Bundesstaaten der häufigste IT-Beruf, und rund 13 Prozent der Menschen in IT-Berufen in den USA arbeiten im Support.
Damit er zur ersten Stufe wird und nicht zum Plateau:
- Achten Sie darauf, an welche Teams Ihre Eskalationen gehen, und fragen Sie eines davon, woraus seine Arbeit besteht.
- Vereinbaren Sie mit Ihren Vorgesetzten eine Fähigkeit jenseits der Queue, die Sie in den nächsten sechs Monaten aufbauen.
- Wenn Sie nichts Neues mehr lernen, beginnen Sie, den nächsten Wechsel zu planen.`,
  },

  'faq-it-support-career-paths': {
    question: 'Welchen Laufbahnen folgen IT-Support-Fachleute üblicherweise?',
    answer: `
Die meisten folgen einer Leiter von einer Einstiegsstelle als Techniker:in bis zu einer Position als CIO oder CTO; die IT-Support-Laufbahn zeigt jeden Schritt. Was sich beim Aufstieg ändert, ist, woran man gemessen wird:
- **Techniker:in und Senior-Techniker:in:** die Probleme, die Sie lösen, und später die Kolleg:innen, denen Sie helfen.
- **Teamleitung oder Supervisor** (die Quellen verwenden beide Bezeichnungen für die erste Führungsstufe): wie gut das Team im Alltag läuft.
- **IT-Support-Management und Bereichsleitung:** Service-Levels, Budgets und Pläne für die ganze Abteilung.
- **CIO oder CTO:** wie Technik der Organisation als Ganzes dient.
Nicht alle steigen bis ganz oben. Seitenwege führen in die Systemadministration oder Netzwerktechnik, in ein Spezialgebiet oder ins Produkt-Support-Engineering und die Berufe, die es eröffnet. Wählen Sie den nächsten Schritt, nicht den letzten: Fragen Sie jemanden in dieser Rolle, wie eine normale Woche aussieht.`,
  },

  'faq-it-support-manager-education': {
    question: 'Welche Ausbildung sollten angehende IT-Support-Manager:innen mitbringen?',
    answer: `
Meist ein Studium der Informatik, IT oder eines verwandten Fachs, dazu einige technische Zertifizierungen. Der Abschluss zählt weniger als der Nachweis, dass Sie die Arbeit Ihres Teams verstehen.
- **Technische Basis:** früh CompTIA A+; CCNA von Cisco oder CompTIA Network+, wenn Sie mit Netzwerken arbeiten.
- **Managementebene**, sobald Sie andere beaufsichtigen: ITIL Foundation, um Support als Service zu betreiben, dann einen MBA mit IT-Schwerpunkt oder den PMP, wenn Budgets und Projekte in Ihre Verantwortung fallen.
Kein Studium? Fragen Sie die Personalabteilung, ob Erfahrung es für die Managerrolle in Ihrem Unternehmen ersetzen kann, und prüfen Sie, ob die Stellenanzeige das sagt.`,
  },

  'faq-it-support-manager-responsibilities': {
    question: 'Was sind die typischen Aufgaben im IT-Support-Management?',
    answer: `
IT-Support als Service betreiben, auf den sich die übrige Organisation verlassen kann. Das Management verantwortet die Service-Levels und wie schnell Probleme behoben werden, entscheidet über den Einsatz von Budget und Personal, führt die Support-Teams über ihre Teamleitungen und sorgt dafür, dass die Pläne des IT-Supports dem folgen, was das Unternehmen braucht.
Eine typische Woche kann eine Service-Level-Besprechung enthalten, eine Entscheidung über Personal oder Ausgaben, Einzelgespräche mit Teamleitungen und ein Treffen mit einer anderen Abteilung zu einer Änderung, die den Helpdesk treffen wird.
Um die Arbeit aus der Nähe zu sehen, fragen Sie Ihre Vorgesetzten, ob Sie beim nächsten Service-Review dabei sein dürfen.`,
  },

  'faq-it-support-manager-skills': {
    question: 'Welche Fähigkeiten braucht man, um im IT-Support-Management zu glänzen?',
    answer: `
Am wichtigsten sind Führung und strategisches Denken, und beide beruhen auf Fähigkeiten, die Sie üben können, bevor Sie den Titel haben.
- **Probleme auf Service-Ebene lösen:** nicht ein Ticket, sondern die Frage, warum dasselbe Ticket immer wiederkommt.
- **Anpassen:** Neue Werkzeuge, Umstrukturierungen und Budgetkürzungen kommen ohne Vorwarnung; planen Sie, wie das Team sie auffängt.
- **Neue Ideen einbringen:** Probieren Sie eine kleine Verbesserung aus, messen Sie sie und behalten Sie sie nur, wenn sie wirkt.
- **Nach oben und zur Seite kommunizieren:** Erklären Sie einer Bereichsleitung ein Problem in zwei Minuten und sagen Sie, was Sie von ihr brauchen.
Üben Sie eine davon in diesem Quartal in Ihrem jetzigen Team und bitten Sie Ihre Vorgesetzten um Feedback dazu.`,
  },

  'faq-it-support-manager-stay-current': {
    question: 'Wie bleiben IT-Support-Manager:innen bei Technologietrends auf dem Laufenden?',
    answer: `
Indem sie Lernen zur Routine für das ganze Team machen statt zum privaten Hobby.
- Geben Sie allen, sich selbst eingeschlossen, ein kleines Lernziel pro Quartal und die Zeit, es zu erreichen.
- Halten Sie eine kurze monatliche Runde ab, in der jemand ein neues Werkzeug zeigt oder die Lehre aus einem Vorfall teilt.
- Bleiben Sie mit Fachleuten anderer Unternehmen in Kontakt; sie haben oft schon ausprobiert, was Sie gerade erwägen.
- Wählen Sie ein oder zwei Konferenzen oder Workshops im Jahr, und wer hinfährt, teilt danach die Notizen.`,
  },

  'faq-networking-and-mentorship-importance': {
    question: 'Wie wichtig sind Netzwerken und Mentoring für eine Laufbahn im IT-Support?',
    answer: `
Sehr: Viele Stellen werden über Menschen besetzt, die Ihre Arbeit schon kennen, und eine Mentorin oder ein Mentor kann Ihnen Jahre voller Versuch und Irrtum ersparen.
- **Diesen Monat** treten Sie einer Community oder einem Verband bei: Support Driven für Support-Arbeit oder ISACA, PMI oder ACM in ihren Fachgebieten. Besuchen Sie eine Veranstaltung oder eine Online-Session.
- **Finden Sie Mentoring**, indem Sie eine erfahrene Person um einen konkreten Gefallen bitten: „Könnten wir einmal im Monat eine halbe Stunde sprechen? Ich möchte lernen, wie Sie in die Teamleitung gekommen sind.“ Bringen Sie jedes Mal eine Frage mit.
- **Niemand Passendes bei der Arbeit?** Auf ADPList finden Sie ehrenamtliche Mentor:innen, bei denen Sie Termine buchen können.
Geben Sie auch früh etwas zurück: Wer neueren Kolleg:innen hilft, wird bald als künftige Teamleitung wahrgenommen.`,
  },

  'faq-path-to-technical-support-lead': {
    question: 'Welcher Karriereweg führt zu einer Stelle in der Teamleitung des technischen Supports?',
    answer: `
Meist drei Etappen: eine Einstiegsstelle am Helpdesk oder als Support-Analyst:in; eine technische Stelle auf mittlerer Stufe, etwa als Senior-Techniker:in, Netzwerkingenieur:in oder Systemadministrator:in; dann die erste Führungsposition, die manche Arbeitgeber Teamleitung technischer Support nennen und andere Supervisor.
Die Quellen beschreiben diesen letzten Schritt unterschiedlich. Die Quelle zur Teamleitung erreicht die Rolle über Supervisor- oder Managerposten, die Quelle zum Aufstieg nennt einen einzigen Schritt „Teamleitung/Supervisor“ und die Quelle zum Management einen Supervisor-Schritt vor dem Manager. Wir lesen Teamleitung und Supervisor als eine Stufe unterhalb des IT-Support-Managements.
Sie sind bereit, wenn Sie schon einen Teil der Teamarbeit übernehmen (den Dienstplan, die Einarbeitung einer neuen Kollegin, die Eskalations-Queue an einem schlechten Tag) und Leute zu Ihnen kommen, bevor sie zum Management gehen. Fragen Sie Ihre Vorgesetzten: „Welche Aufgaben der Teamleitung könnte ich in den nächsten drei Monaten übernehmen?“`,
  },

  'faq-prepare-for-support-leadership': {
    question: 'Wie kann ich mich darauf vorbereiten, im technischen Support zu führen?',
    answer: `
Übernehmen Sie schon jetzt kleine Teile der Aufgaben der Teamleitung, in Absprache mit Ihren Vorgesetzten, und bitten Sie zu jedem um Feedback.
- Übernehmen Sie eine wiederkehrende Aufgabe: den wöchentlichen Dienstplan, die Einarbeitung neuer Kolleg:innen oder die Durchsicht kniffliger Tickets, bevor sie eskalieren.
- Suchen Sie sich eine Mentorin oder einen Mentor mit Erfahrung in der Leitung eines Support-Teams und fragen Sie, wie das erste schwierige Gespräch lief.
- Üben Sie, einer fachfremden Führungskraft ein technisches Problem in drei Sätzen zu erklären; Teamleitungen tun das jeden Tag.
- Wenn Sie eine Änderung vorschlagen, beginnen Sie mit dem Nutzen für die Kund:innen: weniger wiederholte Anrufe, schnellere Lösungen.
Fragen Sie nach drei Monaten: „Was würde Sie davon abhalten, mich für die Teamleitung vorzuschlagen?“`,
  },

  'faq-show-leadership-potential': {
    question: 'Wie zeigen angehende Teamleitungen im technischen Support ihr Führungspotenzial?',
    answer: `
Indem sie führen, bevor sie den Titel haben – so, dass die Vorgesetzten es sehen. Mit einigen Belegen können Sie leicht anfangen:
- Schreiben Sie die Lösung für ein wiederkehrendes Problem auf und gehen Sie sie mit dem Team durch.
- Begleiten Sie eine neue Kollegin oder einen neuen Kollegen durch den ersten Monat.
- Bieten Sie an, ein kleines Projekt zu leiten, etwa einen Laptop-Austausch oder den Umstieg auf ein neues Ticketsystem, und halten Sie die Betroffenen auf dem Laufenden.
- Wenn sich Pläne ändern, passen Sie sich an, ohne dass man Sie darum bittet, und sagen Sie, was Sie geändert haben.
Notieren Sie jedes davon mit Datum und Ergebnis und bringen Sie die Notizen zur Beurteilung mit: Genau das brauchen Ihre Vorgesetzten, um Ihre Beförderung zu begründen.`,
  },

  'faq-technical-support-lead-challenges': {
    question: 'Vor welchen Herausforderungen stehen Teamleitungen im technischen Support?',
    answer: `
Für die meisten neuen Teamleitungen ist das Schwierigste die Balance zwischen selbst reparieren und Menschen führen. Die Queue will Sie immer, und das Team braucht, dass Sie einen Schritt zurücktreten.
Weitere Belastungen gehören zum Job: ein Team mit sehr unterschiedlichen Niveaus und Temperamenten, Kund:innen, die schnelle Antworten erwarten, Technik, die sich ständig wandelt, und eine Stimmung, auf die man achten muss.
- Blocken Sie jede Woche Zeit für Führung (Einzelgespräche, Planung), bevor die Queue sie füllt.
- Legen Sie fest, welche Eskalationen nur Sie übernehmen, und coachen Sie die anderen für den Rest.
- Fragen Sie Ihre eigenen Vorgesetzten, wie und wann sie von Problemen erfahren wollen, damit schlechte Nachrichten früh ankommen.`,
  },

  'faq-technical-support-lead-education': {
    question: 'Wie wichtig ist eine formale Ausbildung, um Teamleitung im technischen Support zu werden?',
    answer: `
Nützlich, aber nicht entscheidend. Viele Teamleitungen haben einen Bachelor in Informatik oder etwas Ähnlichem, und Technologieunternehmen verlangen für Führungspositionen oft ein Studium. Die Quelle zur Teamleitung schätzt praktische Erfahrung und stetes Weiterlernen genauso hoch.
Ohne Studium können Zertifizierungen und gezielte Weiterbildung Fachwissen in den Bereichen belegen, die die Stelle verlangt. Um zu sehen, was bei Ihnen zählt, lesen Sie die letzte Stellenanzeige Ihres Unternehmens für eine Teamleitung oder einen Supervisor und vergleichen Sie die Anforderungen mit Ihrem Lebenslauf.`,
  },

  'faq-technical-support-lead-outlook': {
    question: 'Wie sind die Berufsaussichten für Teamleitungen im technischen Support?',
    answer: `
Die Quelle zur Teamleitung erwartet, dass die Nachfrage stark bleibt, weil Unternehmen sich immer mehr auf Technik stützen. Zahlen nennt sie nicht, und wir auch nicht.
Was Sie selbst prüfen können:
- Suchen Sie in Jobbörsen Ihrer Region nach „Teamleitung Support“ und „Support Supervisor“ und notieren Sie, wie viele Stellen es gibt und was sie verlangen.
- Markieren Sie die Fähigkeiten, die immer wieder auftauchen: Dafür zahlen Arbeitgeber heute.
Am besten aufgestellt sind Menschen, die technisches Können mit Führung und Kundenorientierung verbinden und weiterlernen, während sich das Feld verändert.`,
  },

  'faq-technical-support-lead-responsibilities': {
    question: 'Was sind die Hauptaufgaben einer Teamleitung im technischen Support?',
    answer: `
Den Tag des Teams am Laufen halten und den Service mit der Zeit verbessern.
- **Jeden Tag:** die Queue und die Schichtbesetzung prüfen, die schwierigsten Eskalationen übernehmen oder begleiten und technische Fragen der Kolleg:innen beantworten.
- **Alle ein bis zwei Wochen:** neue und erfahrene Mitarbeitende schulen, prüfen, ob die Kund:innen den versprochenen Servicestandard bekommen, und an das Management berichten.
- **Über Monate:** Verbesserungen für den Support planen und neue Technik im Blick behalten, die die Arbeit des Teams verändern wird.
Dazu braucht es Führungsstärke, gutes Urteilsvermögen und die Fähigkeit, ein Team zu leiten; wenn Sie es ausprobieren möchten, bitten Sie darum, Ihre Teamleitung im nächsten Urlaub zu vertreten.`,
  },

  'faq-technical-support-lead-skills': {
    question: 'Welche Fähigkeiten braucht eine Teamleitung im technischen Support?',
    answer: `
Technische und menschliche, und gemessen wird eine Teamleitung eher an den zweiten.
- **Menschen:** andere führen, die Zeit einteilen, wenn alles dringend ist, Probleme mit dem Team statt für das Team lösen und klar nach oben und unten kommunizieren.
- **Technik:** genug Tiefe in der Fehlersuche, um bei den schwierigsten Tickets zu helfen, ein brauchbares Bild der IT-Systeme der Organisation und Vertrautheit mit der Hard- und Software, die Ihre Anwender:innen nutzen.
Ein kurzer Selbsttest: Könnten Sie den schlimmsten Ausfall des Tages einer fachfremden Bereichsleitung in zwei Minuten erklären? Könnten Sie den Dienstplan der nächsten Woche um zwei Ausfälle herum planen? Die Antwort, die „nein“ lautet, zeigt die Fähigkeit, die Sie zuerst üben sollten.`,
  },

  'faq-technical-support-lead-trends': {
    question: 'Wie halten sich Teamleitungen im technischen Support über Branchentrends auf dem Laufenden?',
    answer: `
Mit einer kleinen Routine, die das Team teilt.
- **Wöchentlich:** zwanzig Minuten mit ein paar vertrauenswürdigen Quellen, etwa TechRepublic oder den Blogs Ihrer wichtigsten Anbieter.
- **Monatlich:** eine Online-Community oder eine lokale Gruppe, zum Beispiel Support Driven oder eine Meetup-Gruppe in Ihrer Nähe.
- **Jährlich:** eine Konferenz und, wo das Team es braucht, eine neue Zertifizierung; nutzen Sie, was Ihr Berufsverband seinen Mitgliedern bietet.
Bitten Sie jedes Teammitglied, einmal im Monat etwas Neues in eine Teambesprechung mitzubringen: Die Teamleitung muss nicht alles allein finden.`,
  },

  'faq-useful-it-support-certifications': {
    question: 'Welche Zertifizierungen sind für IT-Support-Fachleute am nützlichsten?',
    answer: `
Wählen Sie nach der nächsten Stelle, die Sie anstreben. Die Quelle zum Aufstieg nennt fünf Nachweise; so passen sie heute:
- **Arbeit mit Netzwerken:** CCNA von Cisco.
- **Ihr erster Job im Support:** CompTIA A+.
- **Positionen in der Geschäftsleitung:** ein MBA mit Schwerpunkt Informationssysteme oder Technologiemanagement.
- **Der Wechsel ins Management:** der PMP des PMI, der vorher Projekterfahrung verlangt.
- **Microsoft-Technologien:** Die Quelle nennt das MCSE, doch Microsoft hat es am 31. Januar 2021 eingestellt. An seine Stelle treten die aktuellen rollenbasierten Zertifizierungen, etwa die für Azure.
Bevor Sie eine Prüfung bezahlen, fragen Sie Ihre Vorgesetzten, welche Zertifizierung dem Team fehlt; Arbeitgeber finanzieren oft die, die sie brauchen.`,
  },

  'faq-what-it-takes-to-reach-it-support-management': {
    question: 'Was braucht es, um ins IT-Support-Management zu kommen?',
    answer: `
Drei Dinge, aufgebaut in sich überlappenden Etappen: technische Glaubwürdigkeit, der Nachweis, dass Sie führen können, und Verständnis für das Geschäft.
- **Technische Glaubwürdigkeit** kommt zuerst, meist durch ein Studium und Zertifizierungen wie CompTIA A+ oder CCNA von Cisco, dann durch Einstiegsarbeit am Helpdesk oder als IT-Analyst:in.
- **Der Nachweis von Führung** entsteht in einer Position als Senior-Support-Spezialist:in oder Supervisor: kleine Teams, kleine Projekte und Menschen, die dank Ihnen besser arbeiten. Ein MBA mit IT-Schwerpunkt, ITIL oder der PMP, Mentoring und Führungstrainings helfen dabei.
- **Geschäftsverständnis** wächst, wenn Sie darum bitten, das Budget der Abteilung und die Ziele zu sehen, an denen sie gemessen wird.
Ein Spezialgebiet und stetes Weiterlernen halten Sie die ganze Zeit wettbewerbsfähig. Wer eine Managerin oder einen Manager auswählt, achtet auf abgeschlossene Projekte, ein Team, das unter Ihrer Leitung gut läuft, und IT-Pläne, die zu den Unternehmenszielen passen; im Job selbst geht es dann darum, Service und Effizienz mit den vorhandenen Mitteln zu verbessern.`,
  },
}
