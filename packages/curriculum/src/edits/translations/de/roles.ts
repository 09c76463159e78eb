/**
 * Roles in German: titles, summaries, responsibilities, education notes, and
 * each move's conditions and advice. Job titles follow German job adverts:
 * English titles where the German market uses them (Support Engineer), German
 * person nouns with the gender colon (Techniker:in), functions as "-leitung".
 */
import type {StructuredTranslations} from '../shape.ts'

/** The beyond-tech-support seed's rule of thumb, the advice of every promotion out of an entry role. */
const fiveMonths =
  'Sobald Sie für diesen Schritt bereit sind, achten Sie auf offene Stellen und Projekte in Ihrer Organisation. Ergibt sich innerhalb einer festgelegten Frist nichts (die Quelle „Jenseits des Supports“ nennt als Beispiel fünf Monate), ziehen Sie in Betracht, den Schritt bei einem anderen Arbeitgeber zu gehen.'
const judgement = 'Die Quelle nennt nur die Bezeichnung; die Beschreibung ist unsere Einschätzung.'
const broadened =
  'Hat sich breit aufgestellt statt zu spezialisieren: hat an Problemen mit Sicherheit, Cloud, Software und Hardware gearbeitet und kann daher jede Art von Anliegen beaufsichtigen, die beim Team ankommt'
const supervisorLeadership = 'Hat ein kleines Team oder Projekt beaufsichtigt und die Führungsstärke gezeigt, die eine Teamleitung braucht'
const runLargerTeam =
  'Hat genug Erfahrung und Führungskompetenz, um ein größeres Team zu leiten, langfristig zu planen und Entscheidungen für den gesamten Support-Bereich zu treffen'

export const roles: StructuredTranslations = {
  'role-help-desk-technician': {
    title: 'Helpdesk-Techniker:in',
    summary:
      'Der übliche erste Job im IT-Support. Helpdesk-Techniker:innen nehmen Anrufe und Tickets von Anwender:innen an, beheben alltägliche Probleme mit Hardware, Software und Konten und geben schwierigere Fälle weiter. Hier lernt man die Systeme der Organisation kennen und wie man mit frustrierten Anwender:innen umgeht.',
    responsibilities: {
      'take-user-requests-by-phone-chat-and-tic': 'Anfragen per Telefon, Chat und Ticket entgegennehmen und genau erfassen',
      'diagnose-and-fix-common-hardware-softwar': 'Häufige Störungen bei Hardware, Software, Druckern, Konten und Verbindungen diagnostizieren und beheben',
      'escalate-problems-beyond-your-reach-with': 'Probleme, die über die eigenen Möglichkeiten hinausgehen, mit klaren Notizen zum bisher Versuchten eskalieren',
      'keep-users-informed-until-their-issue-is': 'Anwender:innen auf dem Laufenden halten, bis ihr Anliegen abgeschlossen ist',
      'help-keep-the-organisations-it-systems-h': 'Mit routinemäßiger Wartung, Updates und Kontrollen dazu beitragen, dass die IT-Systeme der Organisation gesund bleiben',
      'learn-the-organisations-products-service': 'Produkte, Dienste und Infrastruktur der Organisation kennenlernen',
      'cover-shifts-including-out-of-hours-rota': 'Schichten abdecken, auch Bereitschaft außerhalb der Geschäftszeiten, wo der Service rund um die Uhr läuft',
    },
    education:
      'Viele Arbeitgeber verlangen ein Studium der Informatik, IT oder eines verwandten Fachs, doch viele stellen auch nach Eignung plus einer Einstiegszertifizierung wie CompTIA A+ ein. Frische Informatik-Absolvent:innen nutzen die Stelle, um zu sehen, wie IT im Alltag wirklich läuft.',
    transitions: {
      'promotion-senior-technician': {
        advice: fiveMonths,
        conditions: {
          'handles-the-full-range-of-routine-ticket': 'Bearbeitet die ganze Bandbreite an Routinetickets ohne Hilfe',
          'has-helped-on-larger-projects-beyond-the': 'Hat mit Zustimmung der Vorgesetzten an größeren Projekten außerhalb der Queue mitgearbeitet',
        },
      },
      'promotion-senior-support-specialist': {
        advice: fiveMonths,
        conditions: {
          'has-a-record-of-resolving-complex-user-i': 'Kann nachweislich komplexe Anwenderprobleme lösen und neue Kolleg:innen anleiten',
        },
      },
      'promotion-technical-support-lead': {
        advice: fiveMonths,
        conditions: {
          'has-overseen-a-small-team-or-project-and':
            'Hat ein kleines Team oder Projekt beaufsichtigt und am Helpdesk Führung gezeigt, sodass der Sprung in die Teamleitung glaubwürdig ist',
        },
      },
      'promotion-systems-administrator': {
        advice: fiveMonths,
        conditions: {
          'has-built-server-and-directory-skills-fo': 'Hat Kenntnisse in Servern und Verzeichnisdiensten aufgebaut, zum Beispiel durch Mitlaufen bei der Administration',
        },
      },
      'promotion-network-engineer': {
        advice: fiveMonths,
        conditions: {
          'has-studied-networking-for-example-netwo': 'Hat sich in Netzwerktechnik eingearbeitet (zum Beispiel Network+ oder CCNA) und Netzwerktickets bearbeitet',
        },
      },
      'promotion-junior-support-engineer': {
        advice: fiveMonths,
        conditions: {
          'has-worked-tickets-about-one-product-or': 'Hat Tickets zu einem Produkt oder einer Anwendung gründlich bearbeitet und kann einen Fehler Schritt für Schritt nachstellen',
          'reads-logs-and-has-started-scripting-or': 'Liest Logs und hat angefangen, Skripte zu schreiben oder APIs aufzurufen, zum Beispiel mit Postman',
        },
      },
    },
  },

  'role-senior-technician': {
    title: 'Senior-Techniker:in',
    summary:
      'Die Person, an die sich andere wenden, wenn sie an einem Problem scheitern. Senior-Techniker:innen coachen auch neuere Kolleg:innen und leiten mitunter ein kleines Projekt oder ein paar Leute – auf dieser Stufe zählen Führungsgewohnheiten erstmals so viel wie technische Tiefe.',
    responsibilities: {
      'take-the-complex-and-escalated-problems': 'Die komplexen und eskalierten Probleme übernehmen, die der restliche Helpdesk nicht lösen kann',
      'coach-newer-technicians-and-run-training': 'Neuere Techniker:innen coachen und Schulungen halten',
      'lead-small-projects-such-as-rollouts-or': 'Kleine Projekte wie Rollouts oder Upgrades leiten',
      'improve-procedures-and-knowledge-base-ar': 'Abläufe und Artikel der Wissensdatenbank verbessern, damit das Team schneller Lösungen findet',
      'possibly-supervise-a-small-group-of-tech': 'Gegebenenfalls eine kleine Gruppe von Techniker:innen beaufsichtigen',
    },
    education:
      'Ein technisches Studium hilft, ist hier aber selten entscheidend; am meisten zählen Zertifizierungen in einem Fachgebiet und die Erfolgsbilanz am Helpdesk.',
    transitions: {
      'promotion-technical-support-lead': {
        advice: fiveMonths,
        conditions: {
          'has-mentored-colleagues-and-led-training': 'Hat Kolleg:innen als Mentor:in begleitet und Schulungen oder ein kleines Projekt geleitet',
          'shows-the-soft-skills-to-coordinate-a-te': 'Bringt die sozialen Kompetenzen mit, um ein Team zu koordinieren',
          'has-broadened-rather-than-specialised-ha': broadened,
          'has-managed-a-small-team-or-project-and':
            'Hat ein kleines Team oder Projekt geführt und ist bereit, vom Lösen von Problemen zum Führen von Menschen, zu Planung und Verwaltung zu wechseln',
        },
      },
      'specialisation-subject-matter-expert': {
        conditions: {
          'has-chosen-one-field-such-as-databases-n': 'Hat sich für ein Gebiet wie Datenbanken, Netzwerksicherheit oder Cloud-Dienste entschieden und darin tiefes Fachwissen aufgebaut',
        },
      },
      'lateral-junior-support-engineer': {
        conditions: {
          'wants-to-support-a-products-customers-ra': 'Möchte lieber die Kund:innen eines Produkts betreuen als die interne IT einer Organisation',
          'is-learning-the-product-side-apis-bug-re': 'Lernt die Produktseite kennen: APIs, Nachstellen von Fehlern und Zusammenarbeit mit dem Engineering',
        },
      },
    },
  },

  'role-technical-support-lead': {
    title: 'Teamleitung technischer Support',
    summary:
      'Führt ein Support-Team im Alltag – Dienstpläne, Schulung, Servicestandards und die schwierigsten Eskalationen – und arbeitet selbst noch mit. Ein Aufstieg gegenüber Senior-Techniker:innen, weil die Teamleitung für die Arbeit des Teams einsteht. Die Quellen weichen ab: die zur Teamleitung erreicht die Rolle über Supervisor- oder Managerposten, die zum Aufstieg kennt einen Schritt „Teamleitung/Supervisor“ unter dem Manager, die zum Management setzt den Supervisor vor den Manager. Wir lesen beides als eine Rolle, die erste Führungsstufe unter dem IT-Support-Manager.',
    responsibilities: {
      'organise-schedules-shifts-and-the-day-to': 'Dienstpläne, Schichten und den Tagesbetrieb des Support-Teams organisieren',
      'train-staff-and-give-technical-guidance': 'Mitarbeitende schulen und bei schwierigen Fällen technisch anleiten',
      'resolve-escalated-technical-issues': 'Eskalierte technische Probleme lösen',
      'make-sure-customer-service-standards-are': 'Dafür sorgen, dass die Standards im Kundenservice eingehalten werden, und die Service-Levels verfolgen',
      'manage-the-teams-workload-and-performanc': 'Arbeitslast und Leistung des Teams steuern und sich um Berichte und andere Verwaltungsaufgaben kümmern',
      'report-to-management-and-contribute-to-p': 'An das Management berichten und an Plänen zur Verbesserung des Supports mitwirken',
      'take-decisions-that-shape-how-effective': 'Entscheidungen treffen, die bestimmen, wie wirksam der Support ist, und Technik im Blick behalten, die das Team betreffen wird',
    },
    education:
      'Viele Teamleitungen haben ein Informatikstudium oder etwas Ähnliches, und Technologieunternehmen erwarten für Aufsichtsfunktionen oft einen Bachelor; ein Schwerpunkt in Cybersicherheit, Netzwerkadministration oder Informationssystemen ist ein Vorteil. Erfahrung und stetes Weiterlernen zählen so viel wie der Abschluss.',
    transitions: {
      'promotion-it-support-manager': {
        conditions: {
          'has-led-projects-end-to-end-and-shown-th': 'Hat Projekte von Anfang bis Ende geleitet und das strategische Denken gezeigt, das ein Manager braucht',
          'has-a-record-of-successful-projects-and': 'Kann erfolgreiche Projekte und eine effiziente Teamführung vorweisen',
        },
      },
      'lateral-support-team-lead': {
        conditions: {
          'has-learned-enough-about-a-product-and-i': 'Kennt ein Produkt und sein Engineering-Team gut genug, um Support Engineers zu führen',
        },
      },
    },
  },

  'role-it-support-manager': {
    title: 'IT-Support-Manager:in',
    summary:
      'Verantwortet die IT-Support-Abteilung: ihre Service-Levels, ihre Leute, ihr Budget und ihre Pläne. Der Manager steht dafür ein, wie schnell und wie gut Probleme gelöst werden, arbeitet mit anderen Abteilungen zusammen und hält den IT-Support im Einklang mit dem, was das Unternehmen erreichen will.',
    responsibilities: {
      'set-service-levels-track-them-and-improv': 'Service-Levels festlegen, verfolgen und verbessern',
      'answer-for-the-speed-and-quality-of-the': 'Für Tempo und Qualität des gesamten Support-Service einstehen',
      'decide-how-the-budget-and-staff-are-used': 'Entscheiden, wie Budget und Personal eingesetzt werden',
      'lead-the-support-teams-through-their-lea': 'Die Support-Teams über ihre Teamleitungen führen',
      'turn-business-goals-into-plans-for-it-su': 'Unternehmensziele in Pläne für den IT-Support übersetzen und umsetzen',
      'work-with-other-departments-and-represen': 'Mit anderen Abteilungen zusammenarbeiten und den Support dort vertreten',
      'champion-new-ideas-and-a-learning-cultur': 'Neue Ideen und eine Lernkultur im Team fördern',
    },
    education:
      'Die übliche Grundlage ist ein Studium der Informatik, IT oder eines verwandten Fachs. Ein MBA mit IT-Schwerpunkt oder die Zertifizierungen ITIL und PMP stärken die Managementseite.',
    transitions: {
      'promotion-director-of-it-support': {
        conditions: {
          'has-run-the-department-well-through-at-l': 'Hat die Abteilung mindestens einen Budgetzyklus und eine größere Veränderung hindurch gut geführt',
        },
      },
      'lateral-support-manager': {
        conditions: {
          'can-manage-engineers-who-support-a-produ': 'Kann Engineers führen, die ein Produkt betreuen, und Support-Kennzahlen mit Umsatz und Kundenbindung in Beziehung setzen',
        },
      },
    },
  },

  'role-director-of-it-support': {
    title: 'Bereichsleitung IT-Support',
    summary:
      'Leitet den IT-Support der gesamten Organisation über dessen Manager. Die Bereichsleitung plant, wohin sich der Support über mehrere Jahre entwickelt, trifft die großen Entscheidungen zu Geld und Personal und arbeitet mit den anderen IT-Bereichsleitungen und der Geschäftsleitung zusammen.',
    responsibilities: {
      'work-with-other-it-directors-and-c-level': 'Mit anderen IT-Bereichsleitungen und der Geschäftsleitung an gemeinsamen Plänen arbeiten',
      'plan-the-long-term-strategy-for-it-suppo': 'Die langfristige Strategie für den IT-Support planen',
      'take-the-high-level-decisions-on-investm': 'Die übergeordneten Entscheidungen zu Investitionen, Personal und Service treffen',
      'develop-the-managers-who-run-the-support': 'Die Manager:innen entwickeln, die die Support-Teams leiten',
    },
    education:
      'Auf dieser Ebene zählt formale Bildung mehr: Unter Bereichsleitungen ist ein MBA mit Schwerpunkt Informationssysteme oder Technologiemanagement verbreitet.',
    transitions: {
      'promotion-chief-information-officer': {
        conditions: {
          'has-shaped-it-strategy-with-the-executiv': 'Hat die IT-Strategie mit der Geschäftsleitung gestaltet und umgesetzt',
        },
      },
      'lateral-director-of-support': {
        conditions: {
          'can-lead-a-customer-facing-support-organ': 'Kann eine kundennahe Support-Organisation führen und ihre Wirkung auf den Umsatz zeigen',
        },
      },
    },
  },

  'role-chief-information-officer': {
    title: 'Chief Information Officer (CIO)',
    summary:
      'Die Führungskraft, die die gesamte Technologiestrategie der Organisation verantwortet und dafür sorgt, dass Technik ihren Zielen dient. Die Quelle zum Aufstieg schließt die Leiter mit „CIO oder CTO“ ab und gibt beiden Titeln eine Beschreibung und einen Zugang, von der Bereichsleitung IT-Support aus; daher deckt dieses eine Profil beide ab. Worin sich die Jobs meist unterscheiden (der CIO führt die eigene IT der Organisation, ein CTO die Technik, die sie verkauft), ist unsere Anmerkung, nicht die der Quelle.',
    responsibilities: {
      'set-the-overall-it-strategy-for-the-orga': 'Die übergreifende IT-Strategie der Organisation festlegen',
      'make-sure-technology-investments-support': 'Sicherstellen, dass Technologieinvestitionen den Zielen der Organisation dienen',
      'lead-the-it-leadership-team-including-th': 'Das IT-Führungsteam leiten, einschließlich der Bereichsleitungen im Support',
      'represent-technology-at-board-and-execut': 'Die Technologie gegenüber Vorstand und Geschäftsleitung vertreten',
    },
    education: 'Ein MBA mit Schwerpunkt Technologiemanagement ist für alle, die Positionen auf Geschäftsleitungsebene anstreben, häufig ein Vorteil.',
  },

  'role-support-analyst': {
    title: 'Support-Analyst:in',
    summary:
      'Eine Einstiegsrolle neben dem Helpdesk. Support-Analyst:innen bearbeiten technische Probleme von Kund:innen und Kolleg:innen bis zur Lösung, lernen die Produkte und Dienste des Unternehmens gründlich kennen und arbeiten oft in Schichten, die ihnen eine große Bandbreite an Anliegen zeigen.',
    responsibilities: {
      'work-through-customer-and-user-problems': 'Probleme von Kund:innen und Anwender:innen bearbeiten und die Lösungen dokumentieren',
      'learn-the-companys-products-and-services': 'Die Produkte und Dienste des Unternehmens gründlich kennenlernen',
      'spot-recurring-issues-and-report-them': 'Wiederkehrende Probleme erkennen und melden',
      'work-shifts-that-expose-you-to-a-wide-ra': 'In Schichten arbeiten, die einen mit einer großen Bandbreite an Problemen in Berührung bringen',
    },
    education:
      'Für den Einstieg ist kein bestimmter Abschluss nötig; eine Einstiegszertifizierung wie CompTIA A+ oder ein Einsteigerzertifikat wie das Professional Certificate für IT-Support belegt die Grundlagen.',
    transitions: {
      'promotion-senior-technician': {
        advice: fiveMonths,
        conditions: {
          'has-mastered-routine-work-and-taken-on-h': 'Beherrscht die Routinearbeit und hat schwierigere Probleme übernommen',
        },
      },
      'promotion-systems-administrator': {
        advice: fiveMonths,
        conditions: {
          'has-built-server-and-scripting-skills': 'Hat Kenntnisse in Servern und Scripting aufgebaut',
        },
      },
      'promotion-network-engineer': {
        advice: fiveMonths,
        conditions: {
          'has-built-networking-knowledge': 'Hat Netzwerkwissen aufgebaut',
        },
      },
      'promotion-junior-support-engineer': {
        advice: fiveMonths,
        conditions: {
          'knows-the-companys-product-well-and-writ': 'Kennt das Produkt des Unternehmens gut und schreibt Fehlerberichte, mit denen das Engineering arbeiten kann',
          'has-started-scripting-or-working-with-ap': 'Hat angefangen, Skripte zu schreiben oder mit APIs zu arbeiten',
        },
      },
    },
  },

  'role-it-analyst': {
    title: 'IT-Analyst:in',
    summary:
      'Eine Einstiegsrolle, die Anwendersupport mit dem Blick darauf verbindet, wie Systeme und Support-Prozesse zusammenspielen, und früh einen Einblick in die IT-Infrastruktur der Organisation gibt.',
    responsibilities: {
      'support-users-and-analyse-recurring-tech': 'Anwender:innen unterstützen und wiederkehrende technische Probleme analysieren',
      'document-systems-and-the-support-framewo': 'Systeme und das Support-Rahmenwerk dokumentieren',
      'help-evaluate-and-roll-out-tools-and-cha': 'Beim Bewerten und Einführen von Werkzeugen und Änderungen mithelfen',
    },
    education: 'Arbeitgeber verlangen meist ein Studium der IT oder Informatik oder eines benachbarten Fachs.',
    transitions: {
      'promotion-senior-support-specialist': {
        advice: fiveMonths,
        conditions: {
          'has-proven-problem-solving-and-customer': 'Hat auf Einstiegsebene Problemlösung und Kundenorientierung bewiesen',
        },
      },
      'promotion-technical-support-lead': {
        advice: fiveMonths,
        conditions: {
          'has-overseen-a-small-team-or-project-and': supervisorLeadership,
        },
      },
    },
  },

  'role-support-specialist': {
    title: 'Support-Spezialist:in',
    summary:
      'Eine Einstiegsrolle, die den Computernutzer:innen einer Organisation bei Hardware, Software und Konten hilft. Nach CompTIA-Daten, die eine Quelle zitiert, ist Anwendersupport in etwa 35 Prozent der US-Bundesstaaten der häufigste IT-Beruf.',
    responsibilities: {
      'help-users-with-hardware-software-accoun': 'Anwender:innen bei Problemen mit Hardware, Software, Konten und Verbindungen helfen',
      'install-and-configure-equipment-and-appl': 'Geräte und Anwendungen installieren und konfigurieren',
      'record-issues-and-fixes-so-the-team-can': 'Probleme und Lösungen festhalten, damit das Team sie wiederverwenden kann',
      'learn-the-organisations-infrastructure-a': 'Die Infrastruktur der Organisation und ihr Support-Rahmenwerk kennenlernen',
    },
    education: 'Oft wird ein Studium der Informatik oder IT verlangt; eine Einstiegszertifizierung wie CompTIA A+ kann die Tür auch ohne öffnen.',
    transitions: {
      'promotion-senior-support-specialist': {
        advice: fiveMonths,
        conditions: {
          'resolves-most-user-problems-alone-and-he': 'Löst die meisten Anwenderprobleme selbstständig und hilft neueren Kolleg:innen',
        },
      },
      'promotion-technical-support-lead': {
        advice: fiveMonths,
        conditions: {
          'has-overseen-a-small-team-or-project-and': supervisorLeadership,
        },
      },
    },
  },

  'role-senior-support-specialist': {
    title: 'Senior-Support-Spezialist:in',
    summary:
      'Die zweite Stufe für Support-Spezialist:innen: die schwierigeren Anwenderprobleme und ein erster Anteil an der Aufsicht über kleine Teams oder Projekte. Hier zeigt sich, ob jemand führen kann, bevor er oder sie beaufsichtigt.',
    responsibilities: {
      'resolve-complex-and-escalated-user-issue': 'Komplexe und eskalierte Anwenderprobleme lösen',
      'oversee-small-teams-or-projects': 'Kleine Teams oder Projekte beaufsichtigen',
      'guide-and-train-junior-specialists': 'Junior-Spezialist:innen anleiten und schulen',
      'suggest-improvements-to-support-processe': 'Verbesserungen für Support-Prozesse vorschlagen',
    },
    transitions: {
      'promotion-technical-support-lead': {
        advice: fiveMonths,
        conditions: {
          'has-overseen-a-small-team-or-project-suc': 'Hat ein kleines Team oder Projekt erfolgreich beaufsichtigt',
        },
      },
      'specialisation-subject-matter-expert': {
        conditions: {
          'has-gone-deep-in-one-area-for-example-da': 'Hat sich in ein Gebiet vertieft, zum Beispiel Datenbankverwaltung, Cloud-Dienste oder Netzwerksicherheit',
        },
      },
    },
  },

  'role-systems-administrator': {
    title: 'Systemadministrator:in',
    summary:
      'Eine Rolle auf mittlerer Stufe, wie die Quelle zur Teamleitung sie einordnet: die Server, Konten und Dienste betreiben, von denen eine Organisation abhängt. Die Probleme sind schwieriger als am Helpdesk, kleine Projekte gehören dazu – ein häufiger Schritt zwischen Helpdesk und Führung.',
    responsibilities: {
      'install-configure-and-maintain-servers-a': 'Server und Verzeichnisdienste installieren, konfigurieren und warten',
      'manage-accounts-permissions-patching-and': 'Konten, Berechtigungen, Patches und Backups verwalten',
      'resolve-complex-system-problems-escalate': 'Komplexe Systemprobleme lösen, die der Helpdesk eskaliert',
      'run-small-infrastructure-projects': 'Kleine Infrastrukturprojekte durchführen',
    },
    education: 'Ein Studium der Informatik oder IT oder gleichwertige Erfahrung plus Server-Zertifizierungen.',
    transitions: {
      'promotion-technical-support-lead': {
        conditions: {
          'has-led-training-or-mentoring-and-wants': 'Hat Schulungen oder Mentoring geleitet und möchte ein Support-Team führen',
          'has-broadened-rather-than-specialised-ha': broadened,
          'has-managed-projects-and-developed-leade': 'Hat Projekte geleitet und Führungskompetenzen entwickelt',
        },
      },
      'promotion-it-support-manager': {
        conditions: {
          'has-enough-experience-and-leadership-ski': runLargerTeam,
        },
      },
      'specialisation-subject-matter-expert': {
        conditions: {
          'has-gone-deep-in-one-area-such-as-databa': 'Hat sich in ein Gebiet wie Datenbanken oder Cloud-Dienste vertieft',
        },
      },
    },
  },

  'role-network-engineer': {
    title: 'Netzwerkingenieur:in',
    summary:
      'Eine Rolle auf mittlerer Stufe, wie die Quelle zur Teamleitung sie einordnet: Netzwerke entwerfen, konfigurieren und reparieren. Netzwerkingenieur:innen übernehmen die schwierigeren Verbindungsprobleme und kleine Netzwerkprojekte und gehen von hier entweder in die Support-Führung oder tiefer in ein Spezialgebiet wie Netzwerksicherheit.',
    responsibilities: {
      'design-configure-and-maintain-network-in': 'Netzwerkinfrastruktur entwerfen, konfigurieren und warten',
      'troubleshoot-connectivity-and-performanc': 'Verbindungs- und Leistungsprobleme untersuchen und beheben',
      'secure-the-network-and-monitor-it': 'Das Netzwerk absichern und überwachen',
      'lead-small-network-projects-and-upgrades': 'Kleine Netzwerkprojekte und Upgrades leiten',
    },
    education: 'Ein Studium mit Schwerpunkt Netzwerkadministration hilft, ebenso Network+ und CCNA.',
    transitions: {
      'promotion-technical-support-lead': {
        conditions: {
          'has-led-training-or-mentoring-and-wants': 'Hat Schulungen oder Mentoring geleitet und möchte ein Support-Team führen',
          'has-broadened-rather-than-specialised-ha': broadened,
          'has-managed-projects-and-developed-leade': 'Hat Projekte geleitet und Führungskompetenzen entwickelt',
        },
      },
      'promotion-it-support-manager': {
        conditions: {
          'has-enough-experience-and-leadership-ski': runLargerTeam,
        },
      },
      'specialisation-subject-matter-expert': {
        conditions: {
          'has-become-the-go-to-person-for-network': 'Ist zur ersten Ansprechperson für Netzwerksicherheit geworden',
        },
      },
    },
  },

  'role-subject-matter-expert': {
    title: 'Fachexpert:in',
    summary:
      'Wohin Spezialisierung führt: die anerkannte Expertise in einem Gebiet wie Datenbankverwaltung, Netzwerksicherheit oder Cloud-Diensten. Diese Tiefe hebt von Kolleg:innen ab, öffnet Spezialistenstellen und kann später ins obere Management tragen.',
    responsibilities: {
      'act-as-the-authority-in-one-technical-fi': 'Für die Organisation die maßgebliche Instanz in einem technischen Gebiet sein',
      'solve-the-hardest-problems-in-that-field': 'Die schwierigsten Probleme dieses Gebiets lösen und bei Entwürfen beraten',
      'train-colleagues-and-write-guidance-in-t': 'Kolleg:innen schulen und Leitfäden zum Spezialgebiet schreiben',
      'keep-up-with-new-developments-and-certif': 'Neue Entwicklungen und Zertifizierungen im Gebiet verfolgen',
    },
    transitions: {
      'promotion-it-support-manager': {
        conditions: {
          'has-combined-specialist-depth-with-prove': 'Verbindet fachliche Tiefe mit nachgewiesener Führung von Projekten oder Menschen',
        },
      },
    },
  },

  'role-junior-support-engineer': {
    title: 'Junior Support Engineer',
    summary: `Die erste Stufe der Fachlaufbahn im Support Engineering: Kundentickets zu einem technischen Produkt bearbeiten, Fehler nachstellen und das Produkt, seine Werkzeuge und die Eskalationswege kennenlernen. Anders als Senior-Kolleg:innen holt sich ein Junior bei den schwierigsten Fällen Hilfe, statt sie selbst zu verantworten. ${judgement}`,
    responsibilities: {
      'investigate-and-answer-customer-tickets': 'Kundentickets zum Produkt untersuchen und beantworten',
      'reproduce-reported-bugs-and-hand-clean-r': 'Gemeldete Fehler nachstellen und saubere Berichte an das Engineering übergeben',
      'write-and-update-knowledge-base-articles': 'Artikel für die Wissensdatenbank schreiben und aktualisieren',
      'learn-the-product-architecture-apis-and': 'Produktarchitektur, APIs und Support-Werkzeuge kennenlernen',
    },
    transitions: {
      'promotion-senior-support-engineer': {
        conditions: {
          'solves-most-product-issues-independently': 'Löst die meisten Produktprobleme selbstständig und schreibt wiederverwendbare Lösungen oder Artikel',
        },
      },
    },
  },

  'role-senior-support-engineer': {
    title: 'Senior Support Engineer',
    summary: `Übernimmt die schwierigsten Eskalationen, automatisiert wiederkehrende Arbeit und begleitet Juniors. Anders als ein Junior arbeitet ein Senior allein an komplexen Fällen; anders als Staff wirkt er oder sie vor allem im eigenen Team. Von hier geht es tiefer ins Fach, in die Führung oder in einen Nachbarbereich. ${judgement}`,
    responsibilities: {
      'own-complex-escalations-through-to-resol': 'Komplexe Eskalationen gemeinsam mit dem Engineering bis zur Lösung verantworten',
      'script-and-automate-recurring-support-ta': 'Wiederkehrende Support-Aufgaben per Skript automatisieren',
      'mentor-junior-engineers-and-review-their': 'Junior Engineers als Mentor:in begleiten und ihre Arbeit prüfen',
      'feed-patterns-from-tickets-back-to-produ': 'Muster aus den Tickets an Produkt und Engineering zurückmelden',
    },
    transitions: {
      'promotion-staff-support-engineer': {
        conditions: {
          'leads-technical-projects-across-teams-an': 'Leitet teamübergreifende technische Projekte und beeinflusst Entscheidungen zu Werkzeugen oder Architektur',
        },
      },
      'lateral-support-team-lead': {
        conditions: {
          'prefers-growing-people-to-going-deeper-t': 'Entwickelt lieber Menschen, als technisch tiefer zu gehen, und hat erfolgreich als Mentor:in gearbeitet',
        },
      },
      'lateral-customer-success-manager': {
        conditions: {
          'enjoys-long-term-customer-relationships': 'Pflegt gern langfristige Kundenbeziehungen und versteht Kennzahlen zur Kundenbindung',
        },
      },
      'lateral-product-manager': {
        conditions: {
          'can-turn-ticket-trends-into-product-case': 'Kann aus Ticket-Trends Produktvorschläge machen, die das Engineering umsetzt',
        },
      },
      'lateral-sales-engineer': {
        conditions: {
          'likes-demonstrating-the-product-and-expl': 'Führt das Produkt gern vor und erklärt es technischen Käufer:innen',
        },
      },
      'lateral-developer-advocate': {
        conditions: {
          'writes-and-speaks-well-for-developers-an': 'Schreibt und spricht gut für Entwickler:innen und ist in technischen Communitys aktiv',
        },
      },
    },
  },

  'role-staff-support-engineer': {
    title: 'Staff Support Engineer',
    summary: `Eine erfahrene Fachkraft, deren Wirkung andere Teams erreicht: leitet teamübergreifende technische Arbeit, prägt Support-Werkzeuge und -Architektur und hebt das Können des ganzen Teams. Der Schritt von Senior ist die Reichweite: Staff Engineers verändern, wie mehrere Teams arbeiten. ${judgement}`,
    responsibilities: {
      'lead-technical-work-that-spans-several-t': 'Technische Arbeit leiten, die mehrere Teams umfasst',
      'make-and-explain-technical-decisions-tha': 'Technische Entscheidungen zu Support-Werkzeugen und -Architektur treffen und erklären',
      'bring-in-automation-ai-and-sre-practices': 'Automatisierung, KI und SRE-Praktiken einführen, wo sie helfen',
      'mentor-senior-engineers-and-shape-hiring': 'Senior Engineers als Mentor:in begleiten und die Maßstäbe für Einstellungen prägen',
    },
    transitions: {
      'promotion-principal-support-engineer': {
        conditions: {
          'has-set-technical-direction-that-several': 'Hat eine technische Richtung vorgegeben, der mehrere Teams folgen',
        },
      },
    },
  },

  'role-principal-support-engineer': {
    title: 'Principal Support Engineer',
    summary: `Die Spitze der Fachlaufbahn. Principals geben dem Support in der ganzen Organisation die technische Richtung vor, beeinflussen die Produktarchitektur und vertreten die Support-Expertise gegenüber Geschäftsleitung und Branche. Staff Engineers prägen mehrere Teams, Principals die ganze Organisation. ${judgement}`,
    responsibilities: {
      'set-the-technical-strategy-for-support-t': 'Die technische Strategie für Support-Werkzeuge, Automatisierung und Betrieb festlegen',
      'influence-product-and-platform-architect': 'Die Architektur von Produkt und Plattform aus Sicht des Supports beeinflussen',
      'advise-leadership-with-data-on-support-t': 'Die Führung mit Daten zu Support-Trends und -Kosten beraten',
      'speak-and-write-for-the-wider-industry': 'Für die Branche insgesamt sprechen und schreiben',
    },
  },

  'role-support-team-lead': {
    title: 'Teamleitung Support',
    summary: `Die erste Führungsstufe in einer Support-Engineering-Organisation: die tägliche Arbeit eines Teams, das Coaching seiner Engineers und noch einige Eskalationen selbst. Ein Aufstieg gegenüber Senior Engineers, weil die Teamleitung für die Arbeit anderer einsteht, nicht nur für die eigene. ${judgement}`,
    responsibilities: {
      'run-the-daily-work-of-one-support-team': 'Die tägliche Arbeit eines Support-Teams steuern',
      'coach-engineers-through-one-to-ones-and': 'Engineers in Einzelgesprächen und mit Feedback coachen',
      'handle-escalations-and-resolve-conflicts': 'Eskalationen bearbeiten und Konflikte lösen',
      'help-with-hiring-and-onboarding-new-engi': 'Bei Einstellung und Einarbeitung neuer Engineers mitwirken',
    },
    transitions: {
      'promotion-support-manager': {
        conditions: {
          'has-grown-engineers-on-the-team-and-kept': 'Hat Engineers im Team weiterentwickelt und die Serviceziele auch unter Druck gehalten',
        },
      },
      'lateral-technical-support-lead': {
        conditions: {
          'wants-to-lead-support-for-an-organisatio': 'Möchte den Support für die eigenen Mitarbeitenden und Systeme einer Organisation leiten und hat IT-Service-Management gelernt',
        },
      },
    },
  },

  'role-support-manager': {
    title: 'Support-Manager:in',
    summary: `Führt mehrere Engineers oder Teamleitungen: Einstellung, Leistung und Entwicklung, dazu Prozesse, Kennzahlen und den Budgetanteil eines Support-Bereichs. Anders als eine Teamleitung bearbeitet ein Manager kaum noch Tickets und wird an den Ergebnissen mehrerer Teams gemessen. ${judgement}`,
    responsibilities: {
      'build-and-manage-the-team-hiring-onboard': 'Das Team aufbauen und führen: Einstellung, Einarbeitung, Leistung und Entwicklung',
      'own-support-metrics-and-explain-them-to': 'Die Support-Kennzahlen verantworten und sie dem Unternehmen erklären',
      'manage-organisational-change-and-team-cu': 'Organisatorische Veränderungen und die Teamkultur steuern',
      'work-with-product-engineering-and-custom': 'Mit den Verantwortlichen für Produkt, Engineering und Customer Success zusammenarbeiten',
    },
    transitions: {
      'promotion-director-of-support': {
        conditions: {
          'has-run-more-than-one-team-and-tied-supp': 'Hat mehr als ein Team geleitet und Support-Ergebnisse mit Umsatz oder Kundenbindung verknüpft',
        },
      },
      'lateral-it-support-manager': {
        conditions: {
          'can-run-service-levels-and-budgets-for-a': 'Kann Service-Levels und Budgets einer internen IT-Abteilung verantworten',
        },
      },
    },
  },

  'role-director-of-support': {
    title: 'Bereichsleitung Support',
    summary: `Leitet eine ganze Support-Organisation über deren Manager: legt die Strategie fest, verantwortet das Budget und zeigt der Geschäftsleitung, was der Support für Umsatz und Kundenbindung leistet. Manager führen Teams; die Bereichsleitung entscheidet, was aus der Organisation werden soll. ${judgement}`,
    responsibilities: {
      'set-support-strategy-and-align-it-with-c': 'Die Support-Strategie festlegen und an den Unternehmenszielen ausrichten',
      'own-the-support-budget-and-staffing-plan': 'Budget und Personalplanung des Supports verantworten',
      'measure-and-communicate-supports-impact': 'Die Wirkung des Supports auf Umsatz und Kundenbindung messen und vermitteln',
      'develop-managers-and-the-organisations-c': 'Manager:innen und die Kultur der Organisation entwickeln',
    },
    transitions: {
      'promotion-vp-of-support': {
        conditions: {
          'has-a-record-of-strategic-results-presen': 'Kann strategische Ergebnisse vorweisen, die der Geschäftsleitung präsentiert wurden',
        },
      },
      'lateral-director-of-it-support': {
        conditions: {
          'can-lead-it-support-for-a-whole-organisa': 'Kann den IT-Support einer ganzen Organisation neben den anderen IT-Bereichsleitungen führen',
        },
      },
    },
  },

  'role-vp-of-support': {
    title: 'Vice President Support',
    summary: `Die Führungskraft an der Spitze des Supports: spricht in der Geschäftsleitung für das Kundenerlebnis, legt den langfristigen Plan fest und richtet den Support am übrigen Unternehmen aus. Bereichsleitungen führen die Organisation; die VP entscheidet über ihren Platz im Unternehmen. ${judgement}`,
    responsibilities: {
      'set-the-long-term-vision-and-plan-for-su': 'Die langfristige Vision und Planung für den Support festlegen',
      'represent-support-and-the-customer-exper': 'Den Support und das Kundenerlebnis gegenüber der Geschäftsleitung vertreten',
      'allocate-budget-and-headcount-across-the': 'Budget und Stellen in der gesamten Support-Organisation verteilen',
      'lead-the-directors-and-managers-of-suppo': 'Die Bereichsleitungen und Manager:innen im Support führen',
    },
  },

  'role-customer-success-manager': {
    title: 'Customer-Success-Manager:in',
    summary: `Betreut eine Gruppe von Kund:innen, damit sie Nutzen aus dem Produkt ziehen und verlängern. Wer aus dem Support Engineering kommt, bringt Produkttiefe und ein Gespür dafür mit, wo Kund:innen hängen bleiben; die Arbeit verlagert sich vom Beheben von Problemen zu ihrer Vermeidung. ${judgement}`,
    responsibilities: {
      'guide-customers-to-value-from-onboarding': 'Kund:innen vom Onboarding bis zur Verlängerung zum Nutzen des Produkts führen',
      'track-health-retention-and-expansion-met': 'Kennzahlen zu Kundengesundheit, Bindung und Ausbau verfolgen',
      'bring-customer-feedback-to-product-and-s': 'Kundenfeedback zu den Produkt- und Support-Teams bringen',
    },
  },

  'role-product-manager': {
    title: 'Produktmanager:in',
    summary: `Entscheidet, was das Produkt als Nächstes können soll und warum. Support Engineers, die hierher wechseln, setzen Prioritäten mit dem, was sie aus Tausenden von Kundenproblemen gelernt haben; statt Fragen zu beantworten, wählt man aus, welche das Produkt überflüssig machen soll. ${judgement}`,
    responsibilities: {
      'gather-and-weigh-customer-needs-includin': 'Kundenbedürfnisse sammeln und gewichten, auch anhand von Belegen aus dem Support',
      'set-product-priorities-and-write-require': 'Produktprioritäten setzen und Anforderungen schreiben',
      'work-with-engineering-design-and-go-to-m': 'Mit Engineering, Design und den Teams für die Markteinführung zusammenarbeiten',
    },
  },

  'role-sales-engineer': {
    title: 'Sales Engineer (Presales)',
    summary: `Der technische Partner in einem Vertriebsteam: führt das Produkt vor, entwirft Proofs of Concept und beantwortet die technischen Fragen von Interessent:innen. Fehlersuche und Erklären bringt man direkt aus dem Support mit; neu ist, auf einen Abschluss hinzuarbeiten. ${judgement}`,
    responsibilities: {
      'run-technical-demonstrations-and-proofs': 'Technische Vorführungen und Proofs of Concept durchführen',
      'answer-technical-and-security-questions': 'Technische und Sicherheitsfragen von Interessent:innen beantworten',
      'help-design-how-the-product-fits-a-custo': 'Mitgestalten, wie das Produkt in die Umgebung einer Kundin oder eines Kunden passt',
    },
  },

  'role-developer-advocate': {
    title: 'Developer Advocate',
    summary: `Vertritt Entwickler:innen im Unternehmen und das Unternehmen bei Entwickler:innen: Tutorials und Beispiele, Vorträge auf Veranstaltungen und Feedback aus der Community. Support Engineers, die gern erklären, wechseln oft hierher. ${judgement}`,
    responsibilities: {
      'write-tutorials-samples-and-technical-ar': 'Tutorials, Beispiele und Fachartikel schreiben',
      'speak-at-conferences-and-meetups': 'Auf Konferenzen und Meetups sprechen',
      'build-and-support-the-developer-communit': 'Die Entwickler-Community aufbauen und unterstützen',
      'carry-developer-feedback-to-product-and': 'Feedback von Entwickler:innen zu Produkt und Engineering tragen',
    },
  },
}
