/** Tracks, certifications and degrees in German. Credentials keep their own names (see `keptInEnglish`). */
import type {StructuredTranslations} from '../shape.ts'

export const catalogue: StructuredTranslations = {
  'track-alternative-careers': {
    title: 'Alternative Karrierewege',
    summary:
      'Berufe jenseits des Supports, die seine Erfahrung eröffnet: Customer Success, Produktmanagement, Presales und Developer Relations. Jeder ist ein eigenes Ziel, das man seitlich aus einer Senior-Rolle im Support erreicht, keine Stufe auf einer gemeinsamen Leiter.',
  },
  'track-it-support': {
    title: 'IT-Support: vom Helpdesk bis zum CIO',
    summary:
      'Die klassische Laufbahn im IT-Support: Helpdesk-Techniker:in, Senior-Techniker:in, Teamleitung technischer Support (auch Supervisor genannt), IT-Support-Manager:in, Bereichsleitung IT-Support und an der Spitze eine Position als CIO oder CTO. Seitenwege führen zu Systemen, Netzwerken, Spezialgebieten und ins Support Engineering.',
  },
  'track-specialist-roles': {
    title: 'Fach- und Einstiegsrollen',
    summary:
      'Rollen neben den Hauptlaufbahnen: Support- und IT-Analyst:innen für den Einstieg, Systemadministrator:innen und Netzwerkingenieur:innen auf mittlerer Stufe sowie Fachexpert:innen. Man erreicht sie vom Helpdesk aus und entwickelt sich von dort zu Lead- und Managementrollen weiter.',
  },
  'track-support-engineering-ic': {
    title: 'Support Engineering (Fachlaufbahn)',
    summary:
      'Die Laufbahn für Support Engineers, die fachlich in die Tiefe wachsen statt Menschen zu führen: Junior, dann Senior, Staff und schließlich Principal Support Engineer.',
  },
  'track-support-management': {
    title: 'Support-Management (Führungslaufbahn)',
    summary:
      'Die Führungslaufbahn einer Support-Organisation: von der Leitung eines einzelnen Teams über Management und Bereichsleitung bis zur Ebene Vice President, die den Support verantwortet.',
  },
  'track-support-specialist': {
    title: 'Support-Spezialist:in',
    summary:
      'Eine kurze Laufbahn für Spezialist:innen im Anwendersupport: Nach einigen Jahren übernimmt die Senior-Stufe die schwierigeren Fälle und beginnt, kleine Teams zu beaufsichtigen – ein häufiges Sprungbrett in die Teamleitung.',
  },

  'cert-aws-certification': {
    title: 'AWS-Zertifizierung',
    summary:
      'Das Cloud-Zertifizierungsprogramm von Amazon, von einer Einstiegsprüfung für Cloud Practitioner über die Stufen Associate und Professional bis zu Spezialprüfungen. Hier auf Associate-Stufe aufgeführt, dem ersten Ziel der meisten Support Engineers.',
  },
  'cert-cisco-ccna': {
    summary:
      'Die Netzwerkzertifizierung von Cisco auf Associate-Stufe: geswitchte und geroutete Netze installieren, konfigurieren und Fehler darin beheben. Wertvoll für alle, die im Support Netzwerke aufbauen oder reparieren.',
  },
  'cert-comptia-a-plus': {
    summary:
      'Die bekannteste Einstiegszertifizierung im IT-Support. Sie belegt, dass man PCs, Mobilgeräte, Betriebssysteme und kleine Netzwerke einrichten, warten und reparieren kann, und ist oft der Nachweis, den Arbeitgeber am Helpdesk erwarten.',
  },
  'cert-comptia-network-plus': {
    summary:
      'Eine herstellerneutrale Netzwerkzertifizierung, die auf der CompTIA-Roadmap auf A+ folgt: Entwurf, Konfiguration, Betrieb und Fehlersuche in Netzwerken.',
  },
  'cert-comptia-security-plus': {
    summary:
      'Eine herstellerneutrale Grundzertifizierung für Sicherheit: Bedrohungen, sichere Architektur, Identität und Zugriff sowie Reaktion auf Sicherheitsvorfälle. Meist der nächste Schritt nach Network+.',
  },
  'cert-google-cloud-certifications': {
    title: 'Google-Cloud-Zertifizierungen (GCP)',
    summary:
      'Die Zertifizierungen von Google für seine Cloud-Plattform, in den Stufen Foundational, Associate und Professional. Hier auf Associate-Stufe aufgeführt, die das Bereitstellen und Betreiben von Workloads abdeckt.',
  },
  'cert-it-support-professional-certificate': {
    title: 'Professional Certificate für IT-Support',
    summary:
      'Ein Online-Zertifikat für Einsteiger:innen im eigenen Tempo: Fehlersuche, Netzwerke, Betriebssysteme, Systemadministration und Sicherheit. Die Quelle nennt als Plattform nur Coursera; das bekannteste Programm dieses Namens dort ist das von Google, und darauf verweist der Link.',
  },
  'cert-itil-foundation': {
    summary:
      'Die Einstiegszertifizierung in ITIL, dem verbreitetsten Rahmenwerk für IT-Service-Management. Sie vermittelt Begriffe und Praktiken, um Support als Service zu betreiben, und wird für Teamleitungs- und Managementrollen geschätzt.',
  },
  'cert-microsoft-azure-certifications': {
    title: 'Microsoft-Azure-Zertifizierungen',
    summary:
      'Die rollenbasierten Nachweise von Microsoft für die Azure-Cloud, von Fundamentals über Associate bis Expert. Hier auf Associate-Stufe aufgeführt, dem üblichen Ziel für alle, die Azure-Workloads betreuen.',
  },
  'cert-microsoft-mcitp': {
    summary:
      'Eine Familie berufsbezogener Zertifizierungen (unter anderem für Server-, Enterprise- und Datenbankadministration) zu älteren Microsoft-Produkten. Die Quelle zur Teamleitung empfiehlt sie noch, doch Microsoft hat sie schrittweise eingestellt und Inhaber:innen den Umstieg auf das MCSE angeboten, das selbst 2021 eingestellt wurde. Heute sind die rollenbasierten Zertifizierungen von Microsoft die richtige Wahl.',
  },
  'cert-microsoft-mcse': {
    summary:
      'Der Expertennachweis von Microsoft für das Entwickeln und Betreiben von Lösungen mit seinen Server-, Daten- und Produktivitätstechnologien. Die Quelle zum Aufstieg empfiehlt ihn, doch Microsoft hat ihn am 31. Januar 2021 zugunsten seiner rollenbasierten Zertifizierungen eingestellt; diese sind stattdessen zu wählen.',
  },
  'cert-microsoft-role-based-certifications': {
    title: 'Rollenbasierte Microsoft-Zertifizierungen',
    summary:
      'Die aktuellen Zertifizierungen von Microsoft, benannt nach Berufsrollen (Administrator, Engineer, Developer), für Azure, Microsoft 365 und die übrigen Produkte, auf den Stufen Fundamentals, Associate und Expert. Sie haben 2021 das MCSE abgelöst; keine Quelle nennt sie, und wir führen sie als Alternative zu den eingestellten Microsoft-Nachweisen auf, die die Quellen empfehlen.',
  },
  'cert-pmp': {
    summary:
      'Die wichtigste Projektmanagement-Zertifizierung des PMI. Sie setzt nachgewiesene Projekterfahrung voraus und gilt in der IT als verbreitetes Zeichen, dass jemand für Managementaufgaben bereit ist.',
  },

  'degree-bachelors-computer-science': {
    title: 'Bachelor in Informatik, Informationstechnik oder einem verwandten Fach',
    summary:
      'Der übliche akademische Ausgangspunkt für eine Laufbahn im IT-Support und oft Voraussetzung für Führungspositionen. Ein Schwerpunkt hilft, sich abzuheben: Cybersicherheit, Informationssysteme oder Netzwerkadministration.',
  },
  'degree-masters-information-technology': {
    title: 'Master in Informationstechnik',
    summary: 'Ein weiterführendes Studium für alle, die schneller in Führung wollen: Es verbreitert die technische Basis und ergänzt IT-Management.',
  },
  'degree-mba-it-management': {
    title: 'MBA mit Schwerpunkt IT oder Technologiemanagement',
    summary:
      'Ein betriebswirtschaftlicher Abschluss mit Schwerpunkt Informationssysteme oder Technologiemanagement. Er vermittelt die Grundlagen in Finanzen, Strategie und Führung, die von Managern, Bereichsleitungen und Geschäftsführung erwartet werden.',
  },
}
