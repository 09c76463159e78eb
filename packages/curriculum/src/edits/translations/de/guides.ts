/** Guides in German, one document each, in the markup of `../../portableText.ts`. Titles of books and programmes stay as published. */
import type {GuideTranslation} from '../shape.ts'

export const guides: Readonly<Record<string, GuideTranslation>> = {
  'guide-becoming-a-technical-support-lead': {
    title: 'In die Teamleitung des technischen Supports aufsteigen',
    summary: 'Was eine Teamleitung im technischen Support tut, der übliche Weg dorthin und ein 90-Tage-Plan, mit dem Sie zeigen, dass Sie bereit sind.',
    body: `
## Die Rolle kennen
Eine Teamleitung im technischen Support hält den Alltag eines Support-Teams am Laufen: den Dienstplan, die Schulung, den Servicestandard, der den Kund:innen versprochen wurde, und die Eskalationen, die sonst niemand lösen kann. Sie ist das Bindeglied zwischen den Leuten am Helpdesk und dem Management und hilft meist zu planen, wie der Support besser werden soll.
Arbeitgeber benennen diese Stufe unterschiedlich. Die Quelle zur Teamleitung erreicht die Rolle über Supervisor- oder Managerposten, die Quelle zum Aufstieg nennt einen einzigen Schritt „Teamleitung/Supervisor“ und die Quelle zum Management einen Supervisor-Schritt vor dem Manager; wir behandeln Teamleitung und Supervisor als eine Rolle, die erste Stufe der Personalführung, unterhalb des IT-Support-Managements.
## Der übliche Weg
1. **Einstieg.** Beginnen Sie am Helpdesk oder als Support-Analyst:in. Geduld, Empathie und klare Kommunikation zählen so viel wie technisches Können, und die Schichtarbeit zeigt Ihnen eine große Bandbreite an Problemen.
2. **Mittlere Stufe.** Wechseln Sie zur Senior-Techniker:in, Netzwerkingenieur:in oder Systemadministrator:in: schwierigere Probleme, kleine Projekte, manchmal ein kleines Team. Begleiten Sie andere als Mentor:in und halten Sie Schulungen; das ist Führungspraxis.
3. **Spezialisieren oder verbreitern.** Werden Sie zur Expertin oder zum Experten für einen Bereich, oder lernen Sie quer durch Sicherheit, Cloud, Software und Hardware, um jede Art von Anliegen zu kennen, die eine Teamleitung beaufsichtigen muss. Der Leitfaden zum Spezialisieren oder Verbreitern hilft bei der Wahl.
4. **Führen.** Übernehmen Sie die Teamleitung oder Supervisor-Stelle und wachsen Sie dann in Richtung IT-Support-Management.
## Ausbildung und Zertifizierungen
Viele Teamleitungen haben ein Studium der Informatik oder eines verwandten Fachs, und Arbeitgeber wünschen sich für Führungspositionen oft einen Bachelor. Ein Schwerpunkt in Cybersicherheit, Netzwerkadministration oder Informationssystemen hilft; ein Master in IT oder ein MBA mit Schwerpunkt IT-Management kann den Aufstieg beschleunigen.
CompTIA A+ und Network+ sind die üblichen technischen Zertifizierungen. Die Quelle zur Teamleitung nennt außerdem das MCITP von Microsoft, das Microsoft vor Jahren eingestellt hat; läuft Ihr Team auf Microsoft, wählen Sie stattdessen eine der aktuellen rollenbasierten Zertifizierungen.
## Ein 90-Tage-Plan
- **Monat 1:** Sagen Sie Ihren Vorgesetzten, dass Sie führen möchten, und fragen Sie, was sie dafür sehen müssten. Übernehmen Sie eine wiederkehrende Aufgabe der Teamleitung, etwa den Dienstplan oder die Einarbeitung.
- **Monat 2:** Setzen Sie eine kleine Verbesserung um (die Wissensdatenbank aufräumen, eine neue Checkliste für Eskalationen) und messen Sie, was sie verändert hat.
- **Monat 3:** Vertreten Sie die Teamleitung, wenn möglich, eine Woche lang und bitten Sie danach um ehrliches Feedback.
## Wenn Sie führen
Lernen Sie weiter: Kurse, Seminare und Zertifizierungen in Führung oder IT-Management. Branchenveranstaltungen, Online-Foren und Verbände bringen Rat, Stellenhinweise und frühe Nachrichten über Trends. Führen heißt, Menschen zu motivieren und anzuleiten, mindestens so sehr wie Technik zu managen.`,
  },

  'guide-choosing-your-first-support-job': {
    title: 'Einen ersten Support-Job wählen, der Sie weiterbringt',
    summary:
      'Der Support ist ein häufiger erster IT-Job – das ist zugleich seine Stärke und seine Falle. Wie Sie einen Arbeitgeber auswählen, was Sie im Vorstellungsgespräch fragen und wie Sie nach dem Start auffallen.',
    body: `
## Warum so viele im Support anfangen
Eine Support-Stelle bringt viel praktische Erfahrung. Frischen Informatik-Absolvent:innen, die sich für alles Mögliche interessieren, von Rechenzentren bis zur Anwendungsentwicklung, zeigt sie aus der Nähe, wie diese Teile der IT jeden Tag laufen.
Sie ist aber auch stark umkämpft. Nach CompTIA-Daten, die der Quellartikel anführt, ist Anwendersupport in **etwa 35 Prozent der US-Bundesstaaten** der häufigste IT-Beruf, noch vor Softwareentwicklung und Systemanalyse, und **rund 13 Prozent** aller Menschen in IT-Berufen in den USA arbeiten im Support. Unter so vielen aufzufallen ist schwer, besonders in einem Großunternehmen.
## Großer oder kleiner Arbeitgeber?
- Große Unternehmen beschäftigen das meiste Support-Personal, also gibt es dort mehr offene Stellen.
- Kleine und mittlere Unternehmen können sich meist leichter um die Laufbahn jeder einzelnen Person kümmern.
- Viele glauben, in kleinen Firmen gehe der Aufstieg schneller. Das stimmt nicht überall – fragen Sie also, statt es anzunehmen.
## Was Sie im Vorstellungsgespräch fragen sollten
- „Gibt es ein festes Mentoring- oder Schulungsprogramm, und wer im Team hat es letztes Jahr genutzt?“
- „Wohin ist die Person gewechselt, die diese Stelle zuletzt hatte?“
- „Könnte ich bei Projekten außerhalb der Queue helfen, sobald ich die Arbeit beherrsche?“
Bietet das Unternehmen kein Programm, fragen Sie, ob Sie erfahrenen Kolleg:innen über die Schulter schauen dürften (sofern sie damit einverstanden sind), und wägen Sie ab, ob die Stelle Ihrer Laufbahn trotzdem geben kann, was sie braucht.
## Nach dem Start
Bringen Sie zuerst Ihre eigene Arbeit vollständig unter Kontrolle. Schaffen Sie dann Luft in Ihrem Kalender und fragen Sie Ihre Vorgesetzten, ob Sie bei einem größeren Projekt helfen können. Ganz gleich, wie groß der Arbeitgeber ist: Der Antrieb zum Vorankommen muss von Ihnen kommen; der Leitfaden zum Wachsen über den Support-Desk hinaus beschreibt die nächsten Schritte.`,
  },

  'guide-growing-beyond-the-support-desk': {
    title: 'Über den Support-Desk hinauswachsen',
    summary:
      'Von der beherrschten Queue zum ersten Aufstieg: Projekte übernehmen, die wichtigen Fähigkeiten aufbauen, Belege sammeln und wissen, wann man sich anderswo umsieht.',
    body: `
## Zuerst die jetzige Stelle beherrschen
Bringen Sie Ihre Kernaufgaben vollständig unter Kontrolle. Wenn Sie dann Ihren Kalender so umstellen können, dass Platz frei wird, fragen Sie Ihre Vorgesetzten, ob Sie bei größeren Projekten helfen dürfen. Stimmen sie zu, nutzen Sie die Chance zu zeigen, dass Sie auch außerhalb des Support-Silos nützlich sind.
## Vier Arten von Fähigkeiten aufbauen
- **Geschäftsverständnis:** Lernen Sie, wie die IT ins Geschäft passt, beginnend mit den Zahlen, die Ihre Abteilung meldet.
- **Führung und Management:** Leiten Sie zuerst ein kleines Projekt und helfen Sie später, Menschen zu führen.
- **Kommunikation:** Erklären Sie Probleme so, dass technische und nicht technische Menschen folgen können.
- **Technisches Können:** Bleiben Sie bei neuer Technik auf dem Laufenden und zertifizieren Sie sich in Ihrem Spezialgebiet.
## Abschlüsse ergänzen, die den Weg verkürzen
Erfahrung kommt zuerst, doch die Quellen nennen Abschlüsse, die helfen. Zwei sind technisch: früh CompTIA A+ und CCNA von Cisco für die Arbeit mit Netzwerken. Zwei sind für Führungskräfte: ein MBA mit Technologieschwerpunkt, wenn Sie in die Geschäftsleitung wollen, und der PMP auf dem Weg ins Management. Das ebenfalls genannte MCSE hat Microsoft 2021 eingestellt; an seine Stelle treten die rollenbasierten Zertifizierungen.
## Belege sammeln
Melden Sie sich auf jeder Stufe für anspruchsvolle Aufgaben und führen Sie eine datierte Liste dessen, was Sie übernommen und was es gebracht hat. Genau das brauchen Vorgesetzte, um sich für Sie einzusetzen.
## Spezialisieren, um aufzufallen
Fachwissen in Cloud Computing, Sicherheit oder Datenbanken hebt Sie von anderen Techniker:innen ab und öffnet Spezialistenrollen. Der Leitfaden zum Spezialisieren oder Verbreitern vergleicht beide Wege.
## Ein Netzwerk aufbauen und Mentoring finden
- Lernen Sie Fachkolleg:innen kennen, treten Sie einem Berufsverband bei (die Quellen nennen PMI, ISACA, ACM und AITP) und besuchen Sie Konferenzen: Dort lernt man und erfährt von offenen Stellen.
- Bitten Sie jemanden, der den Aufstieg im IT-Support schon geschafft hat, um Mentoring, mit einer konkreten Bitte wie einem halbstündigen Gespräch pro Monat.
## Wissen, wann es Zeit für einen Wechsel ist
Sobald Sie genug Erfahrung haben, achten Sie auf neue Rollen und Projekte in Ihrer Organisation. Ergibt sich innerhalb einer festgelegten Frist nichts (die Quelle schlägt etwa fünf Monate vor), ziehen Sie in Betracht, Ihre Fähigkeiten zu einem neuen Arbeitgeber mitzunehmen.`,
  },

  'guide-planning-a-support-engineering-career': {
    title: 'Eine Laufbahn im Support Engineering planen',
    summary: 'Die drei Richtungen, die Support Engineers offenstehen, wie Sie erkennen, welche zu Ihnen passt, und wie aus der Wahl ein Plan mit Terminen wird.',
    body: `
## Drei Richtungen
- **Fachlaufbahn:** Junior, Senior, Staff, dann Principal Support Engineer; jeder Schritt erweitert Ihre technische Reichweite und Ihren Einfluss.
- **Führungslaufbahn:** Teamleitung, Management, Bereichsleitung, dann Vice President Support; jeder Schritt bringt mehr Menschen und Budget in Ihre Verantwortung.
- **Raus aus dem Support:** Customer Success, Produktmanagement, Presales oder Developer Relations; jede Richtung baut auf dem auf, was der Support über Kund:innen und das Produkt lehrt.
## Welche passt zu Ihnen?
- Am liebsten ist Ihnen das schwierigste Ticket der Woche: Bleiben Sie in der Fachlaufbahn.
- Sie merken, wer im Team kämpft, und möchten helfen, dass diese Person wächst: Probieren Sie die Führung, beginnend mit der Teamleitung.
- Am meisten Freude macht Ihnen der langfristige Erfolg der Kund:innen, die Richtung des Produkts, Produktvorführungen oder das Schreiben und Sprechen für Entwickler:innen: Schauen Sie sich die vier Wege hinaus an.
Testen Sie, bevor Sie wechseln: Begleiten Sie jemanden in der Zielrolle einen Tag lang, oder übernehmen Sie ein kleines Projekt mit dessen Team.
## Den Plan konkret machen
- Legen Sie Meilensteine mit Terminen fest.
- Vergleichen Sie Ihre Fähigkeiten mit denen der gewünschten Rolle und schließen Sie zuerst die größte Lücke.
- Sammeln Sie unterwegs Belege für die Leistungsbeurteilungen.
Der Lernpfad „Karriereentwicklung und Führung für Support Engineers“ beginnt mit dem [Leitfaden zu Karrierewegen von Support Driven](https://supportdriven.com/resources/career-paths/) und behandelt danach Führung, technische Tiefe, Ihre berufliche Marke und betriebswirtschaftliche Fähigkeiten.
## Nach dem Lernpfad weitermachen
- Bleiben Sie in Support-Communitys wie Support Driven aktiv.
- Arbeiten Sie auf fortgeschrittenere Zertifizierungen hin.
- Sagen Sie Ja, wenn Ihre Organisation Ihnen eine Chance zur Führung bietet.`,
  },

  'guide-reaching-it-support-management': {
    title: 'Ins IT-Support-Management aufsteigen',
    summary:
      'Wie Menschen von einem technischen Einstieg zur Leitung einer IT-Support-Abteilung kommen, was das Management dort tut und woran Sie erkennen, dass Sie fast so weit sind.',
    body: `
## Was das Management tut
IT-Support-Manager:innen führen die Teams, die Menschen bei Computern, Hardware und Software helfen, stehen für Qualität und Effizienz dieser Hilfe ein und wirken an Planung, Budget und Personalausstattung der Abteilung mit.
## Der Weg in sieben Schritten
1. **Technische Grundlage.** Ein Studium der Informatik, IT oder Ähnlichem vermittelt Softwareentwicklung, Netzwerktechnik und Systemadministration. Ergänzen Sie Zertifizierungen wie CCNA von Cisco, CompTIA A+ oder Network+.
2. **Einstiegserfahrung** als IT-Analyst:in, am Helpdesk oder als Support-Spezialist:in: Kundenservice lernen und verstehen, wie die Infrastruktur der Organisation zusammenhängt.
3. **Eine erste Beförderung** zur Senior-Support-Spezialist:in oder zum Supervisor, mit Aufsicht über kleine Teams oder Projekte.
4. **Führungs- und Managementkompetenzen** durch Mentoring, Führungstrainings und freiwillige Projektarbeit sowie durch einen MBA mit IT-Schwerpunkt, ITIL oder den PMP.
5. **Ein Spezialgebiet und stetes Weiterlernen**, zum Beispiel in Cloud-Diensten, Datenbankverwaltung oder Netzwerksicherheit.
6. **Der Schritt ins Management**, verdient mit einer Bilanz erfolgreicher Projekte, einem Team, das gut läuft, und IT-Plänen, die zu den Unternehmenszielen passen.
7. **Im Job wachsen:** Service und Effizienz verbessern, Mittel sorgfältig einsetzen und neue Ideen im Team unterstützen.
## Woran Sie erkennen, dass Sie fast so weit sind
- Sie übernehmen bereits einen Teil der Managementarbeit, etwa den Monatsbericht oder einen Budgetposten.
- Die Ergebnisse Ihres Teams halten, wenn Sie nicht da sind.
- Sie können in zwei Sätzen sagen, wie der IT-Support dem Unternehmen in diesem Jahr hilft, seine Ziele zu erreichen.
Treffen zwei davon noch nicht zu, bitten Sie Ihre Vorgesetzten, Ihnen für die nächsten sechs Monate eines der fehlenden Stücke zu übertragen.
## Wo Sie lernen können
Die Quelle verweist auf die Zertifizierungsprogramme von ITIL, PMP, CompTIA und Cisco; auf The Manager's Path, The Phoenix Project und The IT Support Handbook; und auf PMI, ISACA und AITP als Berufsverbände.`,
  },

  'guide-specialise-or-broaden': {
    title: 'Spezialisieren oder breiter aufstellen',
    summary: 'Zwei Wege, im IT-Support zu wachsen, wofür jeder gut ist und wie Sie einfach zwischen ihnen entscheiden.',
    body: `
## Spezialisieren
Gehen Sie tief in eine Technologie oder werden Sie zur Fachexpertin oder zum Fachexperten für ein Gebiet wie Cloud-Dienste, Netzwerksicherheit oder Datenbankverwaltung. Spezialist:innen heben sich von Kolleg:innen ab, sind für Arbeitgeber mehr wert und können Spezialistenrollen und später das obere Management erreichen.
## Breiter aufstellen
Arbeiten Sie an jeder Art von Problem, die am Helpdesk ankommt: Sicherheitsvorfälle, Cloud-Dienste, Softwarefehler und Hardware. Wer breit aufgestellt ist, wird leichter für eine Führungsposition in Betracht gezogen, denn wer den Support leitet, muss jede Art von Anliegen beaufsichtigen.
## Wie Sie entscheiden
- Sehen Sie sich die letzten zwanzig Tickets an, die Sie eskaliert haben. Gingen die meisten an ein Team und hätten Sie sie gern selbst gelöst, spezialisieren Sie sich dort.
- Wenn Sie lieber koordinieren als selbst lösen und man Sie schon fragt, wer was übernehmen sollte, stellen Sie sich breiter auf, in Richtung Führung.
- Fragen Sie Ihre Vorgesetzten, welche Lücke dem Team mehr wehtut: fehlende Tiefe in einem Bereich oder niemand, der das Ganze überblickt.
## So oder so: weiterlernen
Neue Technik kommt ständig. Kurse und Zertifizierungen halten beide Wege aktuell.`,
  },
}
