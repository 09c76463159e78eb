/**
 * Resource summaries in German. The resources themselves are in English (their
 * `language` says so) and keep their titles as the publishers give them.
 */
import type {StructuredTranslations} from '../shape.ts'

const summary = (text: string) => ({summary: text})

export const resources: StructuredTranslations = {
  'resource-acm': summary('Eine Fachgesellschaft für Informatik mit Veranstaltungen, Interessengruppen und einer großen Forschungsbibliothek.'),
  'resource-adplist': summary('Eine Plattform, auf der man Termine bei ehrenamtlichen Mentor:innen bucht – oder selbst Mentor:in wird.'),
  'resource-aitp': summary(
    'Ein Berufsverband für IT-Fachleute, den eine Quelle zum Netzwerken empfiehlt. Uns ist keine aktuelle offizielle Adresse bekannt, daher geben wir keine an.',
  ),
  'resource-automate-the-boring-stuff': summary(
    'Ein einsteigerfreundliches Python-Buch, online kostenlos lesbar, darüber, wie man alltägliche Aufgaben wie Dateiverwaltung, Tabellen und Web-Aufgaben per Skript erledigt.',
  ),
  'resource-aws-certification-guide': summary('Der Leitfaden von Amazon zu den eigenen Cloud-Zertifizierungen und zur Vorbereitung darauf.'),
  'resource-axelos-itil': summary(
    'Die offizielle Heimat von ITIL: die Praktiken des Service-Managements und das Zertifizierungsprogramm, das mit ITIL Foundation beginnt. Zwei weitere Quellen verweisen auf die offizielle ITIL-Website und auf Schulungen zur ITIL-Zertifizierung.',
  ),
  'resource-cisco-certifications': summary('Das Netzwerk-Zertifizierungsprogramm von Cisco mit CCNA auf Associate-Stufe und den Stufen Professional und Expert darüber.'),
  'resource-cncf-training-and-certification': summary('Kurse und Zertifizierungsprüfungen zu Kubernetes und anderen Cloud-native-Technologien.'),
  'resource-comptia-certifications': summary(
    'Der Katalog herstellerneutraler Zertifizierungen von CompTIA, von A+ für Support-Techniker:innen bis zu Netzwerk, Sicherheit und mehr.',
  ),
  'resource-coursera': summary('Eine Online-Kursplattform mit Hochschulkursen zu IT-Management, Kommunikation und strategischer Planung.'),
  'resource-coursera-business-strategy': summary('Ein Kurs der University of Virginia zu den Grundlagen der Unternehmensstrategie, den man kostenlos als Gasthörer:in belegen kann.'),
  'resource-coursera-it-support-certificate': summary(
    'Ein Zertifikatsprogramm für Einsteiger:innen auf Coursera zu den Grundlagen des IT-Supports, empfohlen für alle, die den Weg zur Teamleitung im Support beginnen.',
  ),
  'resource-coursera-leadership-skills': summary('Ein Kurs der University of Virginia zur Teamführung, den man ohne Gebühr als Gasthörer:in belegen kann.'),
  'resource-edx': summary('Eine Online-Kursplattform mit Hochschulkursen zur Informationstechnik, von denen sich die meisten kostenlos als Gasthörer:in belegen lassen.'),
  'resource-edx-finance-and-accounting': summary(
    'Eine Einführung in Finanzen und Rechnungswesen von der University of Pennsylvania, für Führungskräfte, die Zahlen lesen können müssen.',
  ),
  'resource-forbes-leadership': summary('Die Rubrik Leadership von Forbes mit Artikeln über die Führung von Menschen und Organisationen.'),
  'resource-freecodecamp-data-analysis': summary('Ein kostenloser Kurs im eigenen Tempo zur Datenanalyse mit Python, NumPy und pandas.'),
  'resource-gainsight-customer-success-metrics': summary(
    'Ein Leitfaden, wie man Kundenbindung, Health Scores und andere Customer-Success-Kennzahlen misst und ihre geschäftliche Wirkung zeigt.',
  ),
  'resource-gartner': summary('Studien und Prognosen zu IT-Trends, die Führungskräfte für die strategische Planung nutzen.'),
  'resource-github-technical-writing': summary(
    'Öffentliche Repositorys zum Thema technisches Schreiben: Beispiele zum Lernen und ein Vorbild, um das eigene Portfolio zu veröffentlichen.',
  ),
  'resource-google-sre-books': summary('Die Bücher von Google über Site Reliability Engineering, online kostenlos lesbar: wie SRE praktiziert und eingeführt wird.'),
  'resource-harvard-business-review': summary(
    'Ein Managementmagazin mit Artikeln über Führung, Strategie und den Umgang mit Technologie; eine Quelle verweist auf die Technologie-Rubrik.',
  ),
  'resource-hbr-career-development-plan': summary('Wie man einen persönlichen Entwicklungsplan mit klarer Richtung aufstellt, gestützt auf Managementforschung.'),
  'resource-hbr-first-time-manager': summary('Grundlagen der Mitarbeiterführung für alle, die gerade ihre erste Führungsrolle übernehmen.'),
  'resource-hbr-learn-to-love-networking': summary(
    'Forschungsbasierte Ratschläge, wie man gezielt netzwerkt – besonders für Menschen, denen das unangenehm ist.',
  ),
  'resource-intercom-support-engineering-career': summary(
    'Die Sicht von Intercom darauf, wie Support Engineers vorankommen, mit praktischen Strategien eines Unternehmens, das selbst Support-Software baut.',
  ),
  'resource-isaca': summary('Ein Berufsverband für IT-Governance, Prüfung, Risiko und Sicherheit, mit Zertifizierungen und lokalen Chaptern.'),
  'resource-lara-hogan-speaking': summary('Ratschläge und Material einer Engineering-Führungskraft zu Vorträgen und Auftritten auf Konferenzen.'),
  'resource-leaders-eat-last': summary('Ein Buch über das Vertrauen und die Sicherheit, die gute Führungskräfte schaffen, und warum Teams damit mehr leisten.'),
  'resource-linkedin': summary('Das wichtigste berufliche Netzwerk: Profil aktuell halten, Fachkolleg:innen folgen und von offenen Stellen erfahren.'),
  'resource-linkedin-learning': summary('Eine Kursbibliothek im Abonnement mit IT-Themen und ebenso Kursen zur Führung von Menschen.'),
  'resource-linkedin-learning-career-development': summary(
    'Die Kurse zur beruflichen Entwicklung von LinkedIn Learning, nützlich, um die eigenen Fähigkeiten einzuschätzen und das nächste Lernziel zu planen.',
  ),
  'resource-linkedin-learning-profile': summary('Kurse, wie man ein starkes LinkedIn-Profil aufbaut und das Netzwerk gut nutzt.'),
  'resource-mckinsey-strategy-insights': summary(
    'Die Artikel von McKinsey zu Strategie und Unternehmensfinanzen, eine Quelle für Denkmodelle für strategisches Denken und Entscheiden.',
  ),
  'resource-meetup': summary('Eine Website, um lokale Tech-Veranstaltungen und Gruppen zu finden, bei denen man andere IT-Fachleute persönlich trifft.'),
  'resource-mindtools-smart-goals': summary('Eine Einführung in SMART-Ziele und darin, sie auch wirklich umzusetzen.'),
  'resource-mit-sloan-strategic-communication': summary('Ein Weiterbildungskurs für Führungskräfte über strategische Kommunikation und Einfluss auf oberster Ebene.'),
  'resource-pmi': summary(
    'Der Berufsverband für Projektmanager:innen: Standards, der PMP und weitere Zertifizierungen, lokale Chapter und eine Bibliothek mit Material.',
  ),
  'resource-pmi-stakeholder-management-plan': summary('Ein Beitrag aus der Bibliothek des PMI darüber, wie man plant, Stakeholder zu erkennen, einzubinden und zu steuern.'),
  'resource-pmp-certification': summary('Die Seite des PMI zum PMP: Voraussetzungen, die Prüfung und die Vorbereitung.'),
  'resource-postman-api-development': summary('Die Dokumentation von Postman zum Entwerfen, Bauen und Testen von APIs.'),
  'resource-professor-messer-comptia-roadmap': summary(
    'Wie die CompTIA-Zertifizierungen zusammenhängen und welche Laufbahn jede unterstützt, von einer bekannten kostenlosen Schulungsseite.',
  ),
  'resource-progression-fyi': summary(
    'Eine Sammlung echter Karriere-Frameworks, die Technologieunternehmen veröffentlicht haben – praktisch, um zu vergleichen, was auf jeder Stufe erwartet wird.',
  ),
  'resource-shrm-performance-management': summary('Ein Personal-Toolkit dazu, Erwartungen festzulegen, Leistung zu beurteilen und Feedback zu geben.'),
  'resource-stripe-engineering-leadership': summary('Die Gedanken von Stripe zu guter technischer Führung und wie man sie lebt.'),
  'resource-support-driven-career-paths': summary(
    'Der Überblick von Support Driven darüber, wohin eine Support-Laufbahn führen kann, mit Hinweisen zu jedem Weg nach oben oder aus der Queue hinaus.',
  ),
  'resource-support-driven-community': summary('Eine weltweite Community von Support-Fachleuten mit Diskussionskanälen, Veranstaltungen und Stellenhinweisen.'),
  'resource-techcrunch': summary('Nachrichten aus der Technologiebranche, um Trends im Blick zu behalten, die Ihre Anwender:innen und Ihr Budget erreichen werden.'),
  'resource-technet': summary(
    'Die frühere Community- und Dokumentationsseite von Microsoft für IT-Fachleute. Microsoft hat sie eingestellt und die Inhalte zu Microsoft Learn verschoben, daher geben wir keine Adresse an.',
  ),
  'resource-techrepublic': summary('Nachrichten, Anleitungen und Material für IT-Fachleute, darunter viel zum IT-Support.'),
  'resource-techtarget': summary('Ausführliche Artikel und Leitfäden zu IT-Themen wie Netzwerken, Sicherheit und neuer Technik.'),
  'resource-the-7-habits-of-highly-effective-people': summary('Ein Klassiker der persönlichen Effektivität über Prioritäten, Eigeninitiative und gute Zusammenarbeit.'),
  'resource-the-it-support-handbook': summary(
    'Die Quelle zum Management nennt es mit diesem Titel und dieser Autorenangabe. Wir konnten beides keiner veröffentlichten Ausgabe zuordnen, beschreiben daher keinen Inhalt und geben keinen Link an; prüfen Sie die Ausgabe vor dem Kauf.',
  ),
  'resource-the-managers-path': summary(
    'Ein Buch, das jede Stufe technischer Führung durchgeht, vom Mentoring einer einzelnen Person bis zur Leitung einer ganzen Engineering-Organisation; die Lernpfad-Quelle nennt es einen Leitfaden für technische Führung.',
  ),
  'resource-the-phoenix-project': summary(
    'Ein Roman über einen IT-Manager, der ein scheiterndes Projekt rettet, und der über die Geschichte Ideen aus DevOps und IT-Betrieb vermittelt. Zwei Quellen empfehlen ihn.',
  ),
  'resource-thoughtworks-tech-lead-skills': summary('Die Kompetenzen, die ein Tech Lead braucht, und wie man sie aufbaut, von einer Beratung, die viele ausgebildet hat.'),
  'resource-udemy': summary(
    'Ein Marktplatz für Online-Kurse mit Angeboten zu Führung und Management, IT-Zertifizierungen, Projektmanagement und betriebswirtschaftlichen Fähigkeiten.',
  ),
  'resource-zendesk-ai-customer-service': summary('Wie KI in den Kundenservice einzieht, aus Sicht eines großen Herstellers von Helpdesk-Software.'),
}
