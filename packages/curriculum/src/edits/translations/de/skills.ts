/** Skills in German. */
import type {StructuredTranslations} from '../shape.ts'

export const skills: StructuredTranslations = {
  'skill-adaptability': {
    title: 'Anpassungsfähigkeit',
    description: 'Sich schnell auf neue Technik, neue Werkzeuge und wechselnde Prioritäten einstellen, ohne dass die Qualität leidet.',
  },
  'skill-ai-in-support': {
    title: 'KI und maschinelles Lernen im Support',
    description:
      'Wissen, wo KI- und ML-Werkzeuge Tickets abfangen, vorsortieren oder beantworten können, und wie man sie einführt, ohne das Kundenerlebnis zu verschlechtern.',
  },
  'skill-api-integration': {
    title: 'API-Entwicklung und -Integration',
    description: 'APIs entwerfen, aufrufen und debuggen sowie Support-Werkzeuge miteinander und mit dem Produkt verbinden.',
  },
  'skill-automation-scripting': {
    title: 'Automatisierung und Scripting',
    description: 'Skripte schreiben, etwa in Python, die Menschen wiederkehrende Support-Arbeit abnehmen und Lösungen wiederholbar machen.',
  },
  'skill-budgeting-and-finance': {
    title: 'Budgetplanung und Finanzwissen',
    description: 'Geschäftskennzahlen und Finanzberichte lesen, Budgets aufstellen und Mittel mit Bedacht einsetzen.',
  },
  'skill-business-acumen': {
    title: 'Geschäftsverständnis',
    description: 'Erkennen, wie IT und Support der gesamten Organisation dienen, und technische Arbeit an den Unternehmenszielen ausrichten.',
  },
  'skill-career-planning': {
    title: 'Karriereplanung',
    description: 'Den eigenen Weg mit Meilensteinen planen, Kompetenzlücken erkennen und sich auf Leistungsbeurteilungen und Beförderungsgespräche vorbereiten.',
  },
  'skill-change-management': {
    title: 'Change-Management und Kultur',
    description: 'Eine Organisation durch Veränderungen führen und eine Teamkultur prägen, die lernt und Neues ausprobiert.',
  },
  'skill-cloud-native': {
    title: 'Cloud-native Technologien',
    description: 'Microservices, Container und ihre Orchestrierung so gut beherrschen, dass man Produkte unterstützen kann, die darauf aufbauen.',
  },
  'skill-cloud-services': {
    title: 'Cloud-Dienste',
    description:
      'Workloads und Konten auf öffentlichen Cloud-Plattformen wie AWS, Azure und Google Cloud betreuen und verstehen, was sich ändert, wenn Dienste den Serverraum verlassen.',
  },
  'skill-communication': {
    title: 'Kommunikation',
    description: 'Probleme und Lösungen so erklären, dass technische Kolleg:innen und fachfremde Anwender:innen sie verstehen, im Gespräch wie schriftlich.',
  },
  'skill-customer-service': {
    title: 'Kundenservice',
    description:
      'Die Person mit dem Problem auf dem Laufenden halten und beruhigen, Servicestandards einhalten und ihr Vertrauen in die erhaltene Hilfe hinterlassen.',
  },
  'skill-customer-success-metrics': {
    title: 'Customer-Success-Kennzahlen',
    description: 'Kundenbindung, Zufriedenheit und Umsatzwirkung messen und zeigen, wie die Arbeit des Supports diese Zahlen bewegt.',
  },
  'skill-cybersecurity': {
    title: 'Cybersicherheit',
    description:
      'Systeme und Daten schützen: sichere Konfiguration, Zugriffskontrolle, Angriffe erkennen und auf Sicherheitsvorfälle reagieren. Netzwerksicherheit ist ein häufiges Spezialgebiet.',
  },
  'skill-data-analysis': {
    title: 'Datenanalyse und Reporting',
    description: 'Ticket- und Produktdaten in Berichte und Erkenntnisse verwandeln und die Berichte automatisieren, die jede Woche gebraucht werden.',
  },
  'skill-database-management': {
    title: 'Datenbankverwaltung',
    description: 'Datenbanken installieren, optimieren, sichern und abfragen und die Fehler diagnostizieren, die Anwender:innen sehen, wenn ein Datenspeicher streikt.',
  },
  'skill-decision-making': {
    title: 'Entscheidungsfindung',
    description: 'Mit unvollständigen Informationen rechtzeitig entscheiden, für die Entscheidung einstehen und den Betroffenen die Gründe erklären.',
  },
  'skill-devops-sre': {
    title: 'DevOps und Site Reliability Engineering',
    description:
      'Gewohnheiten aus DevOps und SRE in den Support bringen: Infrastructure as Code, Monitoring, Reaktion auf Störungen und Lernen aus Ausfällen.',
  },
  'skill-hardware-support': {
    title: 'Hardware-Support',
    description: 'Computer, Peripherie und andere Geräte, die Menschen täglich nutzen, einrichten, diagnostizieren und reparieren.',
  },
  'skill-hiring-and-talent': {
    title: 'Personalgewinnung und Talententwicklung',
    description: 'Menschen einstellen, einarbeiten und weiterentwickeln und planen, wer für die nächste Rolle bereit sein wird.',
  },
  'skill-it-service-management': {
    title: 'IT-Service-Management',
    description:
      'Support als Service mit vereinbarten Service-Levels betreiben: Incident-, Problem- und Change-Management, wie Rahmenwerke wie ITIL sie beschreiben.',
  },
  'skill-it-systems': {
    title: 'Kenntnis der IT-Systeme',
    description: 'Verstehen, wie die Infrastruktur einer Organisation zusammenhängt, damit sich ein Problem an einer Stelle bis zu seiner Ursache an einer anderen verfolgen lässt.',
  },
  'skill-mentoring': {
    title: 'Mentoring und Schulung',
    description: 'Weniger erfahrenen Kolleg:innen beim Wachsen helfen: gemeinsam arbeiten, Schulungen halten, ihre Arbeit prüfen und Wissen teilen.',
  },
  'skill-networking': {
    title: 'Netzwerktechnik',
    description:
      'Lokale Netze und Weitverkehrsnetze aufbauen und Fehler darin beheben: Adressierung, Routing, Switching, WLAN und die Dienste, die darüber laufen.',
  },
  'skill-patience-and-empathy': {
    title: 'Geduld und Empathie',
    description: 'Bei frustrierten Anwender:innen ruhig bleiben, das Problem aus ihrer Sicht sehen und sich die Zeit nehmen, die ein verunsicherter Anruf braucht.',
  },
  'skill-problem-solving': {
    title: 'Problemlösung',
    description: 'Ungewohnte, unübersichtliche Situationen methodisch angehen, allein oder mit anderen, bis sich ein Weg nach vorn zeigt.',
  },
  'skill-professional-networking': {
    title: 'Berufliches Netzwerken',
    description:
      'Beziehungen zu Fachkolleg:innen und Führungskräften aufbauen, über Veranstaltungen, Foren, Verbände und Online-Communitys, aus denen Rat und offene Stellen entstehen.',
  },
  'skill-project-management': {
    title: 'Projektmanagement',
    description: 'Projekte termin- und budgetgerecht planen, durchführen und abschließen, von kleinen internen Verbesserungen bis zu abteilungsweiten Rollouts.',
  },
  'skill-public-speaking': {
    title: 'Öffentliches Sprechen und Personal Branding',
    description: 'Auf Meetups und Konferenzen vortragen und einen professionellen Online-Auftritt pflegen, der zeigt, was man kann.',
  },
  'skill-software-development': {
    title: 'Softwareentwicklung',
    description:
      'Code gut genug schreiben und lesen, um zu verstehen, wie Anwendungen gebaut sind und warum sie ausfallen. Informatikstudiengänge lehren das neben Netzwerktechnik und Systemadministration.',
  },
  'skill-software-support': {
    title: 'Software-Support',
    description: 'Betriebssysteme und Anwendungen installieren, konfigurieren und reparieren und Anwender:innen helfen, die Arbeit zu erledigen, für die es die Software gibt.',
  },
  'skill-stakeholder-management': {
    title: 'Stakeholder-Management und Einfluss',
    description: 'Mit anderen Abteilungen und der Geschäftsleitung zusammenarbeiten, ihnen Dinge klar präsentieren und in der ganzen Organisation Rückhalt für Pläne gewinnen.',
  },
  'skill-strategic-planning': {
    title: 'Strategische Planung',
    description: 'Die langfristige Richtung eines Support-Bereichs oder einer IT-Abteilung festlegen und in Pläne, Meilensteine und Prioritäten übersetzen.',
  },
  'skill-system-administration': {
    title: 'Systemadministration',
    description: 'Server und Verzeichnisdienste betreiben: Benutzerkonten, Berechtigungen, Patches, Backups und die Verfügbarkeit der Systeme.',
  },
  'skill-team-leadership': {
    title: 'Teamführung',
    description: 'Ein Team im Alltag führen: Dienstpläne, Vertrauen aufbauen, Konflikte lösen, Leistung steuern und die Stimmung hochhalten.',
  },
  'skill-technical-leadership': {
    title: 'Technische Führung',
    description: 'Technische Projekte und teamübergreifende Initiativen leiten, fundierte technische Entscheidungen treffen und die Architektur mitgestalten.',
  },
  'skill-technical-writing': {
    title: 'Technisches Schreiben',
    description: 'Technische Sachverhalte schriftlich klar erklären: Artikel für die Wissensdatenbank, Runbooks, Blogbeiträge und Dokumentation.',
  },
  'skill-time-management': {
    title: 'Zeitmanagement',
    description: 'Eine Ticket-Queue priorisieren, Schichten und Projekte unter einen Hut bringen und sich Zeit für Weiterbildung und Zusatzaufgaben freihalten.',
  },
  'skill-troubleshooting': {
    title: 'Fehlersuche und -behebung',
    description:
      'Herausfinden, warum etwas nicht funktioniert, und es beheben: den Fehler nachstellen, die Ursachen zwischen Hardware, Software und Netzwerk eingrenzen und prüfen, ob die Lösung hält.',
  },
}
