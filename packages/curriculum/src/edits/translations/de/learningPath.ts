/** The learning path in German: its modules, topics and key points, keyed as the path keys them. */
import type {StructuredTranslations} from '../shape.ts'

export const learningPath: StructuredTranslations = {
  'path-support-engineering-career-development': {
    title: 'Karriereentwicklung und Führung für Support Engineers',
    summary:
      'Fünf Module für Support Engineers, die ihre nächsten Schritte planen: die Laufbahnen, die ihnen offenstehen, Menschen und Projekte führen, mehr technische Tiefe, ein berufliches Profil und Netzwerk sowie die geschäftliche Seite von Senior-Rollen. Zum Schluss die Ermutigung, in der Community aktiv zu bleiben, weitere Zertifizierungen zu erwerben und Führungschancen im Job anzunehmen.',
    modules: {
      'career-progression-pathways': {
        title: 'Wege der beruflichen Entwicklung',
        summary: 'Wohin eine Laufbahn im Support Engineering führen kann und wie man den Weg bewusst plant.',
        topics: {
          'the-support-engineering-career-ladder': {
            title: 'Die Karriereleiter im Support Engineering',
            keyPoints: {
              'individual-contributors-climb-from-junio': 'In der Fachlaufbahn geht es von Junior zu Senior, dann zu Staff und schließlich zum Principal Support Engineer',
              'the-management-route-runs-from-team-lead': 'Die Führungslaufbahn führt von der Teamleitung über Management und Bereichsleitung bis zur Ebene Vice President Support',
              'customer-success-product-management-sale':
                'Customer Success, Produktmanagement, Presales und Developer Relations sind häufige Wege aus dem Support hinaus',
            },
          },
          'career-planning-and-goal-setting': {
            title: 'Karriereplanung und Zielsetzung',
            keyPoints: {
              'write-a-roadmap-for-your-career-with-con': 'Eine Roadmap für die eigene Laufbahn mit konkreten Meilensteinen und Terminen schreiben',
              'compare-your-skills-with-what-the-next-r': 'Die eigenen Fähigkeiten mit den Anforderungen der nächsten Rolle vergleichen und planen, wie man die Lücken schließt',
              'prepare-for-performance-reviews-and-buil': 'Leistungsbeurteilungen vorbereiten und die Argumente für den eigenen Aufstieg sammeln',
            },
          },
        },
      },
      'leadership-and-management-skills': {
        title: 'Führungs- und Managementkompetenzen',
        summary: 'Führen durch technischen Einfluss und direktes Führen von Menschen.',
        topics: {
          'technical-leadership-development': {
            title: 'Technische Führung entwickeln',
            keyPoints: {
              'take-the-lead-on-technical-projects-and': 'Die Leitung technischer Projekte und teamübergreifender Initiativen übernehmen',
              'mentor-less-experienced-colleagues-and-h': 'Weniger erfahrene Kolleg:innen als Mentor:in begleiten und ihnen beim Wachsen helfen',
              'make-technical-decisions-and-have-a-say': 'Technische Entscheidungen treffen und bei der Architektur mitreden',
            },
          },
          'people-management-and-team-leadership': {
            title: 'Personalführung und Teamleitung',
            keyPoints: {
              'build-a-team-manage-its-performance-and': 'Ein Team aufbauen, seine Leistung steuern und Konflikte beilegen',
              'hire-and-onboard-well-then-keep-developi': 'Gut einstellen und einarbeiten und die eingestellten Menschen dann weiterentwickeln',
              'guide-the-organisation-through-change-an': 'Die Organisation durch Veränderungen führen und ihre Kultur prägen',
            },
          },
        },
      },
      'advanced-technical-skills': {
        title: 'Fortgeschrittene technische Kompetenzen entwickeln',
        summary: 'Technisch auf dem Stand bleiben: neue Plattformen, Automatisierung und Zertifizierungen.',
        topics: {
          'emerging-technologies-and-industry-trends': {
            title: 'Neue Technologien und Branchentrends',
            keyPoints: {
              'understand-cloud-native-systems-microser': 'Cloud-native Systeme verstehen: Microservices und Container',
              'learn-where-ai-and-machine-learning-can': 'Lernen, wo KI und maschinelles Lernen die Support-Arbeit automatisieren und verbessern können',
              'pick-up-devops-and-sre-practices-includi': 'Praktiken aus DevOps und SRE übernehmen, einschließlich Infrastructure as Code',
            },
          },
          'automation-and-advanced-scripting': {
            title: 'Automatisierung und fortgeschrittenes Scripting',
            keyPoints: {
              'script-the-repetitive-parts-of-support-o': 'Die wiederkehrenden Teile des Support-Betriebs per Skript erledigen',
              'build-and-integrate-apis-that-connect-su': 'APIs bauen und integrieren, die Support-Werkzeuge verbinden',
              'automate-data-analysis-and-regular-repor': 'Datenanalyse und regelmäßige Berichte automatisieren',
            },
          },
          'professional-certifications-for-support-engineers': {
            title: 'Berufliche Zertifizierungen für Support Engineers',
            keyPoints: {
              'work-through-comptia-a-network-and-secur': 'CompTIA A+, Network+ und Security+ nacheinander ablegen',
              'add-a-cloud-certification-from-aws-azure': 'Eine Cloud-Zertifizierung von AWS, Azure oder Google Cloud ergänzen',
              'consider-itil-for-service-management-and': 'ITIL für das Service-Management und einen Nachweis im Projektmanagement in Betracht ziehen',
            },
          },
        },
      },
      'professional-branding-and-networking': {
        title: 'Berufliche Marke und Netzwerk',
        summary: 'Die eigene Arbeit sichtbar machen und die Beziehungen aufbauen, die Türen öffnen.',
        topics: {
          'building-your-professional-brand': {
            title: 'Die eigene berufliche Marke aufbauen',
            keyPoints: {
              'keep-your-linkedin-profile-and-other-pub': 'Das LinkedIn-Profil und andere öffentliche Profile aktuell und professionell halten',
              'write-technical-articles-and-blog-posts': 'Fachartikel und Blogbeiträge schreiben, um für die eigene Expertise bekannt zu werden',
              'give-talks-at-conferences-and-industry-e': 'Vorträge auf Konferenzen und Branchenveranstaltungen halten',
            },
          },
          'networking-and-community-engagement': {
            title: 'Netzwerken und Engagement in der Community',
            keyPoints: {
              'take-part-in-professional-communities-an': 'In Fach-Communitys mitmachen und sie mit der Zeit mitgestalten',
              'join-mentoring-programmes-and-share-what': 'An Mentoring-Programmen teilnehmen und das eigene Wissen weitergeben',
              'build-relationships-across-the-industry': 'Gezielt Beziehungen in der ganzen Branche pflegen, nicht erst bei der Jobsuche',
            },
          },
        },
      },
      'business-strategy-and-executive-skills': {
        title: 'Unternehmensstrategie und Kompetenzen für die Führungsebene',
        summary: 'Die Zahlen, die Strategie und die Kommunikation, die von Führungskräften auf oberster Ebene erwartet werden.',
        topics: {
          'understanding-business-metrics-and-strategy': {
            title: 'Geschäftskennzahlen und Strategie verstehen',
            keyPoints: {
              'learn-to-read-financial-figures-and-busi': 'Lernen, Finanzzahlen und Geschäftskennzahlen zu lesen',
              'measure-customer-success-and-the-revenue': 'Den Kundenerfolg und die Umsatzwirkung des Supports messen',
              'plan-strategically-and-keep-support-alig': 'Strategisch planen und den Support an der Organisation ausrichten',
            },
          },
          'executive-communication-and-influence': {
            title: 'Kommunikation und Einfluss auf Führungsebene',
            keyPoints: {
              'present-and-write-for-executives-short-c': 'Für die Geschäftsleitung präsentieren und schreiben: kurz, klar und auf Ergebnisse bezogen',
              'manage-stakeholders-and-gain-influence-a': 'Stakeholder steuern und in der ganzen Organisation Einfluss gewinnen',
              'use-frameworks-for-strategic-thinking-an': 'Denkmodelle für strategisches Denken und Entscheiden nutzen',
            },
          },
        },
      },
    },
  },
}
