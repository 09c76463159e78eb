/** Roles in Spanish: titles, summaries, responsibilities, education notes, and each move's conditions and advice. Job titles use the generic masculine, as the Real Academia Española recommends. */
import type {StructuredTranslations} from '../shape.ts'

/** The beyond-tech-support seed's rule of thumb, the advice of every promotion out of an entry role. */
const fiveMonths =
  'Cuando estés listo para este paso, busca vacantes y proyectos dentro de tu organización. Si no aparece ninguno en un plazo fijado (el ejemplo de la fuente «más allá del soporte» es de cinco meses), plantéate dar el paso en otra empresa.'
const judgement = 'La fuente solo nombra este puesto; la descripción es criterio nuestro.'
const broadened =
  'Ha ampliado su perfil en vez de especializarse: ha trabajado en problemas de seguridad, nube, software y hardware, así que puede supervisar cualquier tipo de incidencia que llegue al equipo'
const supervisorLeadership = 'Ha supervisado un equipo pequeño o un proyecto y ha demostrado el liderazgo que necesita un supervisor'
const runLargerTeam =
  'Tiene la experiencia y la capacidad de liderazgo necesarias para dirigir un equipo más grande, planificar a largo plazo y decidir por todo el área de soporte'

export const roles: StructuredTranslations = {
  'role-help-desk-technician': {
    title: 'Técnico de mesa de ayuda',
    summary:
      'El primer empleo habitual en soporte de TI. Los técnicos de mesa de ayuda atienden llamadas y tickets de los usuarios, resuelven problemas cotidianos de hardware, software y cuentas, y derivan los casos difíciles. Es donde se aprenden los sistemas de la organización y cómo tratar a un usuario frustrado.',
    responsibilities: {
      'take-user-requests-by-phone-chat-and-tic': 'Recibir las peticiones de los usuarios por teléfono, chat y ticket, y registrarlas con precisión',
      'diagnose-and-fix-common-hardware-softwar': 'Diagnosticar y resolver averías comunes de hardware, software, impresoras, cuentas y conectividad',
      'escalate-problems-beyond-your-reach-with': 'Escalar lo que supera tu alcance con notas claras sobre lo que ya se ha probado',
      'keep-users-informed-until-their-issue-is': 'Mantener informados a los usuarios hasta que se cierre su incidencia',
      'help-keep-the-organisations-it-systems-h': 'Ayudar a mantener sanos los sistemas de TI de la organización con mantenimiento rutinario, actualizaciones y comprobaciones',
      'learn-the-organisations-products-service': 'Aprender los productos, servicios e infraestructura de la organización',
      'cover-shifts-including-out-of-hours-rota': 'Cubrir turnos, incluidas las guardias fuera de horario cuando el servicio funciona las 24 horas',
    },
    education:
      'Muchas empresas piden un título en informática, TI o un campo afín, pero bastantes contratan por aptitud más una certificación de entrada como CompTIA A+. Los recién titulados en informática usan este puesto para ver cómo funciona de verdad la TI en el día a día.',
    transitions: {
      'promotion-senior-technician': {
        advice: fiveMonths,
        conditions: {
          'handles-the-full-range-of-routine-ticket': 'Resuelve sin ayuda toda la gama de tickets rutinarios',
          'has-helped-on-larger-projects-beyond-the': 'Ha colaborado en proyectos más grandes fuera de la cola, con el visto bueno de su responsable',
        },
      },
      'promotion-senior-support-specialist': {
        advice: fiveMonths,
        conditions: {
          'has-a-record-of-resolving-complex-user-i': 'Tiene un historial de incidencias complejas de usuarios resueltas y de orientación a compañeros nuevos',
        },
      },
      'promotion-technical-support-lead': {
        advice: fiveMonths,
        conditions: {
          'has-overseen-a-small-team-or-project-and': 'Ha supervisado un equipo pequeño o un proyecto y ha mostrado liderazgo en la mesa, así que el salto a la supervisión resulta creíble',
        },
      },
      'promotion-systems-administrator': {
        advice: fiveMonths,
        conditions: {
          'has-built-server-and-directory-skills-fo': 'Ha adquirido destreza con servidores y servicios de directorio, por ejemplo acompañando a los administradores',
        },
      },
      'promotion-network-engineer': {
        advice: fiveMonths,
        conditions: {
          'has-studied-networking-for-example-netwo': 'Ha estudiado redes (por ejemplo Network+ o CCNA) y ha atendido tickets de red',
        },
      },
      'promotion-junior-support-engineer': {
        advice: fiveMonths,
        conditions: {
          'has-worked-tickets-about-one-product-or': 'Ha trabajado a fondo tickets sobre un producto o una aplicación y sabe reproducir un fallo paso a paso',
          'reads-logs-and-has-started-scripting-or': 'Lee logs y ha empezado a escribir scripts o a llamar a API, por ejemplo con Postman',
        },
      },
    },
  },

  'role-senior-technician': {
    title: 'Técnico sénior',
    summary:
      'El técnico al que acuden los demás cuando un problema se les resiste. Los técnicos sénior también forman a los compañeros más nuevos y pueden llevar un proyecto pequeño o a unas pocas personas, así que en este peldaño los hábitos de liderazgo empiezan a contar tanto como la profundidad técnica.',
    responsibilities: {
      'take-the-complex-and-escalated-problems': 'Asumir los problemas complejos y escalados que el resto de la mesa no puede resolver',
      'coach-newer-technicians-and-run-training': 'Acompañar a los técnicos más nuevos e impartir formaciones',
      'lead-small-projects-such-as-rollouts-or': 'Dirigir proyectos pequeños, como despliegues o actualizaciones',
      'improve-procedures-and-knowledge-base-ar': 'Mejorar los procedimientos y los artículos de la base de conocimientos para que el equipo resuelva más rápido',
      'possibly-supervise-a-small-group-of-tech': 'En algunos casos, supervisar a un pequeño grupo de técnicos',
    },
    education:
      'Un título técnico ayuda, pero aquí rara vez es decisivo; lo que más pesa son las certificaciones en un área especializada y el historial en la mesa de ayuda.',
    transitions: {
      'promotion-technical-support-lead': {
        advice: fiveMonths,
        conditions: {
          'has-mentored-colleagues-and-led-training': 'Ha sido mentor de compañeros y ha dirigido formaciones o un proyecto pequeño',
          'shows-the-soft-skills-to-coordinate-a-te': 'Demuestra las habilidades interpersonales necesarias para coordinar un equipo',
          'has-broadened-rather-than-specialised-ha': broadened,
          'has-managed-a-small-team-or-project-and':
            'Ha gestionado un equipo pequeño o un proyecto y está listo para pasar de resolver problemas a dirigir personas, planificar y administrar',
        },
      },
      'specialisation-subject-matter-expert': {
        conditions: {
          'has-chosen-one-field-such-as-databases-n': 'Ha elegido un campo, como bases de datos, seguridad de redes o servicios en la nube, y ha adquirido en él un conocimiento profundo',
        },
      },
      'lateral-junior-support-engineer': {
        conditions: {
          'wants-to-support-a-products-customers-ra': 'Quiere dar soporte a los clientes de un producto más que a la TI interna de una organización',
          'is-learning-the-product-side-apis-bug-re': 'Está aprendiendo el lado del producto: API, reproducción de errores y trabajo con el equipo de ingeniería',
        },
      },
    },
  },

  'role-technical-support-lead': {
    title: 'Líder de soporte técnico',
    summary:
      'Dirige un equipo de soporte en el día a día (turnos, formación, estándares de servicio y los escalados más duros) sin dejar lo técnico. Es un ascenso respecto al técnico sénior porque responde del trabajo del equipo, no solo del suyo. Las fuentes difieren: la del líder llega al puesto por supervisión o gerencia; la de crecimiento tiene un solo paso «líder/supervisor» bajo el gerente; la de gestión pone al supervisor antes del gerente. Lo leemos como un único puesto, el primer peldaño de liderazgo de personas, bajo el gerente de soporte de TI.',
    responsibilities: {
      'organise-schedules-shifts-and-the-day-to': 'Organizar horarios, turnos y el funcionamiento diario del equipo de soporte',
      'train-staff-and-give-technical-guidance': 'Formar al personal y orientar técnicamente en los casos difíciles',
      'resolve-escalated-technical-issues': 'Resolver las incidencias técnicas escaladas',
      'make-sure-customer-service-standards-are': 'Velar por que se cumplan los estándares de atención al cliente y seguir los niveles de servicio',
      'manage-the-teams-workload-and-performanc': 'Gestionar la carga de trabajo y el desempeño del equipo, y ocuparse de los informes y demás tareas administrativas',
      'report-to-management-and-contribute-to-p': 'Informar a la dirección y contribuir a los planes para mejorar el soporte',
      'take-decisions-that-shape-how-effective': 'Tomar decisiones que determinan la eficacia del soporte y estar al tanto de la tecnología que afectará al equipo',
    },
    education:
      'Muchos líderes tienen un título en informática o en algo cercano, y las empresas tecnológicas suelen pedir un grado para los puestos de supervisión; una especialización en ciberseguridad, administración de redes o sistemas de información es una ventaja. La experiencia y el aprendizaje constante cuentan tanto como el título.',
    transitions: {
      'promotion-it-support-manager': {
        conditions: {
          'has-led-projects-end-to-end-and-shown-th': 'Ha dirigido proyectos de principio a fin y ha mostrado el pensamiento estratégico que necesita un gerente',
          'has-a-record-of-successful-projects-and': 'Tiene un historial de proyectos exitosos y de liderazgo eficaz del equipo',
        },
      },
      'lateral-support-team-lead': {
        conditions: {
          'has-learned-enough-about-a-product-and-i': 'Conoce lo suficiente un producto y su equipo de ingeniería como para liderar a ingenieros de soporte',
        },
      },
    },
  },

  'role-it-support-manager': {
    title: 'Gerente de soporte de TI',
    summary:
      'Responsable del departamento de soporte de TI: sus niveles de servicio, su gente, su presupuesto y sus planes. El gerente responde de la rapidez y la calidad con que se resuelven los problemas, trabaja con otros departamentos y mantiene el soporte de TI alineado con lo que el negocio quiere conseguir.',
    responsibilities: {
      'set-service-levels-track-them-and-improv': 'Fijar los niveles de servicio, hacer su seguimiento y mejorarlos',
      'answer-for-the-speed-and-quality-of-the': 'Responder de la rapidez y la calidad de todo el servicio de soporte',
      'decide-how-the-budget-and-staff-are-used': 'Decidir cómo se emplean el presupuesto y el personal',
      'lead-the-support-teams-through-their-lea': 'Dirigir los equipos de soporte a través de sus líderes y supervisores',
      'turn-business-goals-into-plans-for-it-su': 'Convertir los objetivos del negocio en planes para el soporte de TI y llevarlos a cabo',
      'work-with-other-departments-and-represen': 'Trabajar con otros departamentos y representar ante ellos al soporte',
      'champion-new-ideas-and-a-learning-cultur': 'Impulsar ideas nuevas y una cultura de aprendizaje en el equipo',
    },
    education:
      'La base habitual es un título en informática, TI o un campo afín. Un MBA con orientación a TI, o las certificaciones ITIL y PMP, refuerzan la parte de gestión.',
    transitions: {
      'promotion-director-of-it-support': {
        conditions: {
          'has-run-the-department-well-through-at-l': 'Ha dirigido bien el departamento durante al menos un ciclo presupuestario y un cambio importante',
        },
      },
      'lateral-support-manager': {
        conditions: {
          'can-manage-engineers-who-support-a-produ': 'Sabe dirigir a ingenieros que dan soporte a un producto y relacionar las métricas de soporte con los ingresos y la retención',
        },
      },
    },
  },

  'role-director-of-it-support': {
    title: 'Director de soporte de TI',
    summary:
      'Dirige el soporte de TI de toda la organización a través de sus gerentes. El director planifica hacia dónde va el soporte en los próximos años, toma las grandes decisiones de dinero y personal, y trabaja con los demás directores de TI y con el equipo directivo.',
    responsibilities: {
      'work-with-other-it-directors-and-c-level': 'Trabajar con los demás directores de TI y con la alta dirección en planes compartidos',
      'plan-the-long-term-strategy-for-it-suppo': 'Planificar la estrategia a largo plazo del soporte de TI',
      'take-the-high-level-decisions-on-investm': 'Tomar las decisiones de alto nivel sobre inversión, personal y servicio',
      'develop-the-managers-who-run-the-support': 'Desarrollar a los gerentes que dirigen los equipos de soporte',
    },
    education:
      'En este nivel la formación académica pesa más: entre los directores es habitual un MBA centrado en sistemas de información o en gestión de la tecnología.',
    transitions: {
      'promotion-chief-information-officer': {
        conditions: {
          'has-shaped-it-strategy-with-the-executiv': 'Ha definido la estrategia de TI con el equipo directivo y la ha cumplido',
        },
      },
      'lateral-director-of-support': {
        conditions: {
          'can-lead-a-customer-facing-support-organ': 'Sabe dirigir una organización de soporte de cara al cliente y mostrar su efecto en los ingresos',
        },
      },
    },
  },

  'role-chief-information-officer': {
    title: 'Director de sistemas de información (CIO)',
    summary:
      'El ejecutivo responsable de la estrategia tecnológica global de la organización, que vela por que la tecnología sirva a sus objetivos. La fuente sobre crecimiento cierra la escalera con «CIO o CTO» y da a ambos cargos una sola descripción y una sola vía de acceso, desde director de soporte de TI, así que este perfil cubre los dos; en qué suelen diferir (el CIO dirige la TI propia de la organización; un CTO, la tecnología que vende) es una nota nuestra, no de la fuente.',
    responsibilities: {
      'set-the-overall-it-strategy-for-the-orga': 'Fijar la estrategia global de TI de la organización',
      'make-sure-technology-investments-support': 'Asegurar que las inversiones en tecnología sirvan a los objetivos de la organización',
      'lead-the-it-leadership-team-including-th': 'Dirigir el equipo directivo de TI, incluidos los directores de soporte',
      'represent-technology-at-board-and-execut': 'Representar a la tecnología ante el consejo y la alta dirección',
    },
    education: 'Un MBA con orientación a la gestión de la tecnología es una ventaja frecuente para quien aspira a puestos ejecutivos.',
  },

  'role-support-analyst': {
    title: 'Analista de soporte',
    summary:
      'Un puesto de entrada junto al técnico de mesa de ayuda. Los analistas de soporte llevan los problemas técnicos de clientes y compañeros hasta su solución, conocen a fondo los productos y servicios de la empresa y a menudo trabajan por turnos, lo que les enseña una gran variedad de incidencias.',
    responsibilities: {
      'work-through-customer-and-user-problems': 'Resolver los problemas de clientes y usuarios y documentar las soluciones',
      'learn-the-companys-products-and-services': 'Conocer a fondo los productos y servicios de la empresa',
      'spot-recurring-issues-and-report-them': 'Detectar las incidencias recurrentes e informar de ellas',
      'work-shifts-that-expose-you-to-a-wide-ra': 'Trabajar en turnos que te ponen frente a una gran variedad de problemas',
    },
    education:
      'Para empezar no hace falta un título concreto; una certificación de entrada como CompTIA A+, o un certificado para principiantes como el certificado profesional de soporte de TI, demuestra lo básico.',
    transitions: {
      'promotion-senior-technician': {
        advice: fiveMonths,
        conditions: {
          'has-mastered-routine-work-and-taken-on-h': 'Domina el trabajo rutinario y ha asumido problemas más difíciles',
        },
      },
      'promotion-systems-administrator': {
        advice: fiveMonths,
        conditions: {
          'has-built-server-and-scripting-skills': 'Ha adquirido destreza con servidores y scripts',
        },
      },
      'promotion-network-engineer': {
        advice: fiveMonths,
        conditions: {
          'has-built-networking-knowledge': 'Ha adquirido conocimientos de redes',
        },
      },
      'promotion-junior-support-engineer': {
        advice: fiveMonths,
        conditions: {
          'knows-the-companys-product-well-and-writ': 'Conoce bien el producto de la empresa y redacta informes de errores con los que los ingenieros pueden trabajar',
          'has-started-scripting-or-working-with-ap': 'Ha empezado a escribir scripts o a trabajar con API',
        },
      },
    },
  },

  'role-it-analyst': {
    title: 'Analista de TI',
    summary:
      'Un puesto de entrada que combina el soporte a usuarios con el estudio de cómo encajan los sistemas y los procesos de soporte, y que da una visión temprana de la infraestructura de TI de la organización.',
    responsibilities: {
      'support-users-and-analyse-recurring-tech': 'Dar soporte a los usuarios y analizar los problemas técnicos recurrentes',
      'document-systems-and-the-support-framewo': 'Documentar los sistemas y el marco de soporte',
      'help-evaluate-and-roll-out-tools-and-cha': 'Ayudar a evaluar y desplegar herramientas y cambios',
    },
    education: 'Las empresas suelen pedir un título en TI o informática, o en una materia cercana.',
    transitions: {
      'promotion-senior-support-specialist': {
        advice: fiveMonths,
        conditions: {
          'has-proven-problem-solving-and-customer': 'Ha demostrado en un puesto de entrada que sabe resolver problemas y tratar con clientes',
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
    title: 'Especialista de soporte',
    summary:
      'Un puesto de entrada que ayuda a los usuarios informáticos de una organización con su hardware, su software y sus cuentas. Según datos de CompTIA citados en una de las fuentes, el especialista de soporte a usuarios es la ocupación de TI más común en cerca del 35 por ciento de los estados de EE. UU.',
    responsibilities: {
      'help-users-with-hardware-software-accoun': 'Ayudar a los usuarios con problemas de hardware, software, cuentas y conectividad',
      'install-and-configure-equipment-and-appl': 'Instalar y configurar equipos y aplicaciones',
      'record-issues-and-fixes-so-the-team-can': 'Registrar incidencias y soluciones para que el equipo pueda reutilizarlas',
      'learn-the-organisations-infrastructure-a': 'Aprender la infraestructura de la organización y su marco de soporte',
    },
    education: 'A menudo se pide un título en informática o TI; una certificación de entrada como CompTIA A+ puede abrir la puerta sin él.',
    transitions: {
      'promotion-senior-support-specialist': {
        advice: fiveMonths,
        conditions: {
          'resolves-most-user-problems-alone-and-he': 'Resuelve por su cuenta la mayoría de los problemas de los usuarios y ayuda a los compañeros más nuevos',
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
    title: 'Especialista de soporte sénior',
    summary:
      'El segundo peldaño de los especialistas de soporte: los problemas de usuario más difíciles y una primera parte de la supervisión de equipos pequeños o proyectos. Aquí demuestran que saben liderar antes de supervisar.',
    responsibilities: {
      'resolve-complex-and-escalated-user-issue': 'Resolver incidencias de usuario complejas y escaladas',
      'oversee-small-teams-or-projects': 'Supervisar equipos pequeños o proyectos',
      'guide-and-train-junior-specialists': 'Orientar y formar a los especialistas júnior',
      'suggest-improvements-to-support-processe': 'Proponer mejoras en los procesos de soporte',
    },
    transitions: {
      'promotion-technical-support-lead': {
        advice: fiveMonths,
        conditions: {
          'has-overseen-a-small-team-or-project-suc': 'Ha supervisado con éxito un equipo pequeño o un proyecto',
        },
      },
      'specialisation-subject-matter-expert': {
        conditions: {
          'has-gone-deep-in-one-area-for-example-da': 'Ha profundizado en un área, por ejemplo la gestión de bases de datos, los servicios en la nube o la seguridad de redes',
        },
      },
    },
  },

  'role-systems-administrator': {
    title: 'Administrador de sistemas',
    summary:
      'Un puesto intermedio, según lo sitúa la fuente sobre el líder de soporte: operar los servidores, las cuentas y los servicios de los que depende una organización. Los problemas son más difíciles que en la mesa de ayuda y el puesto trae proyectos pequeños, lo que lo convierte en un paso habitual entre la mesa y el liderazgo.',
    responsibilities: {
      'install-configure-and-maintain-servers-a': 'Instalar, configurar y mantener servidores y servicios de directorio',
      'manage-accounts-permissions-patching-and': 'Gestionar cuentas, permisos, parches y copias de seguridad',
      'resolve-complex-system-problems-escalate': 'Resolver los problemas de sistemas complejos que escala la mesa de ayuda',
      'run-small-infrastructure-projects': 'Llevar proyectos de infraestructura pequeños',
    },
    education: 'Un título en informática o TI, o experiencia equivalente más certificaciones de servidores.',
    transitions: {
      'promotion-technical-support-lead': {
        conditions: {
          'has-led-training-or-mentoring-and-wants': 'Ha dirigido formaciones o mentorías y quiere liderar un equipo de soporte',
          'has-broadened-rather-than-specialised-ha': broadened,
          'has-managed-projects-and-developed-leade': 'Ha gestionado proyectos y ha desarrollado habilidades de liderazgo',
        },
      },
      'promotion-it-support-manager': {
        conditions: {
          'has-enough-experience-and-leadership-ski': runLargerTeam,
        },
      },
      'specialisation-subject-matter-expert': {
        conditions: {
          'has-gone-deep-in-one-area-such-as-databa': 'Ha profundizado en un área, como las bases de datos o los servicios en la nube',
        },
      },
    },
  },

  'role-network-engineer': {
    title: 'Ingeniero de redes',
    summary:
      'Un puesto intermedio, según lo sitúa la fuente sobre el líder de soporte: diseñar, configurar y reparar redes. Los ingenieros de redes asumen los problemas de conectividad más difíciles y proyectos de red pequeños, y desde aquí pasan a liderar el soporte o profundizan en una especialidad como la seguridad de redes.',
    responsibilities: {
      'design-configure-and-maintain-network-in': 'Diseñar, configurar y mantener la infraestructura de red',
      'troubleshoot-connectivity-and-performanc': 'Diagnosticar problemas de conectividad y de rendimiento',
      'secure-the-network-and-monitor-it': 'Proteger la red y monitorizarla',
      'lead-small-network-projects-and-upgrades': 'Dirigir proyectos y actualizaciones de red pequeños',
    },
    education: 'Ayuda un título con especialización en administración de redes, igual que Network+ y CCNA.',
    transitions: {
      'promotion-technical-support-lead': {
        conditions: {
          'has-led-training-or-mentoring-and-wants': 'Ha dirigido formaciones o mentorías y quiere liderar un equipo de soporte',
          'has-broadened-rather-than-specialised-ha': broadened,
          'has-managed-projects-and-developed-leade': 'Ha gestionado proyectos y ha desarrollado habilidades de liderazgo',
        },
      },
      'promotion-it-support-manager': {
        conditions: {
          'has-enough-experience-and-leadership-ski': runLargerTeam,
        },
      },
      'specialisation-subject-matter-expert': {
        conditions: {
          'has-become-the-go-to-person-for-network': 'Se ha convertido en la persona de referencia en seguridad de redes',
        },
      },
    },
  },

  'role-subject-matter-expert': {
    title: 'Experto en la materia',
    summary:
      'Adonde lleva especializarse: el experto reconocido en un campo, como la gestión de bases de datos, la seguridad de redes o los servicios en la nube. Esa profundidad lo distingue de sus colegas, le abre puestos de especialista y más adelante puede llevarlo a la alta dirección.',
    responsibilities: {
      'act-as-the-authority-in-one-technical-fi': 'Ser la autoridad de la organización en un campo técnico',
      'solve-the-hardest-problems-in-that-field': 'Resolver los problemas más difíciles de ese campo y asesorar sobre los diseños',
      'train-colleagues-and-write-guidance-in-t': 'Formar a los compañeros y redactar guías sobre la especialidad',
      'keep-up-with-new-developments-and-certif': 'Seguir las novedades y las certificaciones del campo',
    },
    transitions: {
      'promotion-it-support-manager': {
        conditions: {
          'has-combined-specialist-depth-with-prove': 'Ha unido la profundidad de especialista a un liderazgo probado de proyectos o personas',
        },
      },
    },
  },

  'role-junior-support-engineer': {
    title: 'Ingeniero de soporte júnior',
    summary: `El primer peldaño de la escalera de ingeniería de soporte: atender tickets de clientes sobre un producto técnico, reproducir errores y aprender el producto, sus herramientas y adónde escalar. A diferencia de un sénior, el júnior pide ayuda en los casos más difíciles en lugar de hacerse cargo de ellos. ${judgement}`,
    responsibilities: {
      'investigate-and-answer-customer-tickets': 'Investigar y responder los tickets de clientes sobre el producto',
      'reproduce-reported-bugs-and-hand-clean-r': 'Reproducir los errores notificados y entregar a ingeniería informes limpios',
      'write-and-update-knowledge-base-articles': 'Redactar y actualizar artículos de la base de conocimientos',
      'learn-the-product-architecture-apis-and': 'Aprender la arquitectura del producto, sus API y las herramientas de soporte',
    },
    transitions: {
      'promotion-senior-support-engineer': {
        conditions: {
          'solves-most-product-issues-independently': 'Resuelve por su cuenta la mayoría de las incidencias del producto y escribe soluciones o artículos reutilizables',
        },
      },
    },
  },

  'role-senior-support-engineer': {
    title: 'Ingeniero de soporte sénior',
    summary: `Se hace cargo de los escalados más duros, automatiza el trabajo repetitivo y es mentor de los júnior. Frente a un júnior, el sénior trabaja solo en casos complejos; frente a un staff, su impacto se queda casi siempre en su propio equipo. Desde aquí se profundiza, se pasa a dirigir personas o se salta a un área vecina. ${judgement}`,
    responsibilities: {
      'own-complex-escalations-through-to-resol': 'Llevar los escalados complejos hasta su resolución junto con ingeniería',
      'script-and-automate-recurring-support-ta': 'Automatizar con scripts las tareas de soporte recurrentes',
      'mentor-junior-engineers-and-review-their': 'Ser mentor de los ingenieros júnior y revisar su trabajo',
      'feed-patterns-from-tickets-back-to-produ': 'Trasladar a producto e ingeniería los patrones que aparecen en los tickets',
    },
    transitions: {
      'promotion-staff-support-engineer': {
        conditions: {
          'leads-technical-projects-across-teams-an': 'Dirige proyectos técnicos entre equipos e influye en las decisiones sobre herramientas o arquitectura',
        },
      },
      'lateral-support-team-lead': {
        conditions: {
          'prefers-growing-people-to-going-deeper-t': 'Prefiere hacer crecer a las personas antes que profundizar en lo técnico, y ha sido mentor con éxito',
        },
      },
      'lateral-customer-success-manager': {
        conditions: {
          'enjoys-long-term-customer-relationships': 'Disfruta de las relaciones duraderas con clientes y entiende las métricas de retención',
        },
      },
      'lateral-product-manager': {
        conditions: {
          'can-turn-ticket-trends-into-product-case': 'Sabe convertir las tendencias de los tickets en propuestas de producto que ingeniería lleva a cabo',
        },
      },
      'lateral-sales-engineer': {
        conditions: {
          'likes-demonstrating-the-product-and-expl': 'Le gusta hacer demostraciones del producto y explicárselo a compradores técnicos',
        },
      },
      'lateral-developer-advocate': {
        conditions: {
          'writes-and-speaks-well-for-developers-an': 'Escribe y habla bien para un público de desarrolladores y participa en comunidades técnicas',
        },
      },
    },
  },

  'role-staff-support-engineer': {
    title: 'Ingeniero de soporte staff',
    summary: `Un contribuidor individual sénior cuyo impacto llega a otros equipos: dirige trabajo técnico entre equipos, da forma a las herramientas y la arquitectura de soporte y eleva el nivel de todo el equipo. Lo que cambia respecto al sénior es el alcance: un ingeniero staff cambia cómo trabajan varios equipos. ${judgement}`,
    responsibilities: {
      'lead-technical-work-that-spans-several-t': 'Dirigir trabajo técnico que abarca varios equipos',
      'make-and-explain-technical-decisions-tha': 'Tomar y explicar las decisiones técnicas que afectan a las herramientas y la arquitectura de soporte',
      'bring-in-automation-ai-and-sre-practices': 'Introducir automatización, IA y prácticas de SRE donde ayuden',
      'mentor-senior-engineers-and-shape-hiring': 'Ser mentor de ingenieros sénior y definir el listón de contratación',
    },
    transitions: {
      'promotion-principal-support-engineer': {
        conditions: {
          'has-set-technical-direction-that-several': 'Ha marcado una dirección técnica que siguen varios equipos',
        },
      },
    },
  },

  'role-principal-support-engineer': {
    title: 'Ingeniero de soporte principal',
    summary: `La cima de la carrera técnica. Los ingenieros principales marcan la dirección técnica del soporte en toda la organización, influyen en la arquitectura del producto y representan la experiencia del soporte ante la dirección y el sector. Un staff da forma a varios equipos; un principal, a toda la organización. ${judgement}`,
    responsibilities: {
      'set-the-technical-strategy-for-support-t': 'Fijar la estrategia técnica de las herramientas, la automatización y las operaciones de soporte',
      'influence-product-and-platform-architect': 'Influir en la arquitectura del producto y la plataforma desde el punto de vista del soporte',
      'advise-leadership-with-data-on-support-t': 'Asesorar a la dirección con datos sobre las tendencias y los costes del soporte',
      'speak-and-write-for-the-wider-industry': 'Hablar y escribir para el conjunto del sector',
    },
  },

  'role-support-team-lead': {
    title: 'Líder de equipo de soporte',
    summary: `El primer peldaño de gestión en una organización de ingeniería de soporte: el trabajo diario de un equipo, el acompañamiento de sus ingenieros y todavía algunos escalados en primera persona. Es un ascenso respecto al ingeniero sénior porque el líder responde del trabajo de otros, no solo del suyo. ${judgement}`,
    responsibilities: {
      'run-the-daily-work-of-one-support-team': 'Llevar el trabajo diario de un equipo de soporte',
      'coach-engineers-through-one-to-ones-and': 'Acompañar a los ingenieros con reuniones individuales y feedback',
      'handle-escalations-and-resolve-conflicts': 'Gestionar los escalados y resolver conflictos',
      'help-with-hiring-and-onboarding-new-engi': 'Ayudar a contratar e incorporar a ingenieros nuevos',
    },
    transitions: {
      'promotion-support-manager': {
        conditions: {
          'has-grown-engineers-on-the-team-and-kept': 'Ha hecho crecer a ingenieros del equipo y ha mantenido los objetivos de servicio bajo presión',
        },
      },
      'lateral-technical-support-lead': {
        conditions: {
          'wants-to-lead-support-for-an-organisatio': 'Quiere liderar el soporte al personal y los sistemas propios de una organización, y ha aprendido gestión de servicios de TI',
        },
      },
    },
  },

  'role-support-manager': {
    title: 'Gerente de soporte',
    summary: `Dirige a varios ingenieros o líderes de equipo: contratación, desempeño y desarrollo, además de los procesos, las métricas y la parte del presupuesto de un área de soporte. A diferencia de un líder de equipo, un gerente rara vez atiende tickets y se le juzga por los resultados de varios equipos. ${judgement}`,
    responsibilities: {
      'build-and-manage-the-team-hiring-onboard': 'Formar y dirigir el equipo: contratación, incorporación, desempeño y desarrollo',
      'own-support-metrics-and-explain-them-to': 'Responder de las métricas de soporte y explicarlas al negocio',
      'manage-organisational-change-and-team-cu': 'Gestionar los cambios organizativos y la cultura del equipo',
      'work-with-product-engineering-and-custom': 'Trabajar con los responsables de producto, ingeniería y éxito del cliente',
    },
    transitions: {
      'promotion-director-of-support': {
        conditions: {
          'has-run-more-than-one-team-and-tied-supp': 'Ha dirigido más de un equipo y ha vinculado los resultados del soporte a los ingresos o la retención',
        },
      },
      'lateral-it-support-manager': {
        conditions: {
          'can-run-service-levels-and-budgets-for-a': 'Sabe gestionar los niveles de servicio y el presupuesto de un departamento de TI interno',
        },
      },
    },
  },

  'role-director-of-support': {
    title: 'Director de soporte',
    summary: `Dirige toda una organización de soporte a través de sus gerentes: fija la estrategia, responde del presupuesto y muestra al equipo directivo lo que el soporte aporta a los ingresos y la retención. Los gerentes dirigen equipos; el director decide en qué debe convertirse la organización. ${judgement}`,
    responsibilities: {
      'set-support-strategy-and-align-it-with-c': 'Fijar la estrategia de soporte y alinearla con los objetivos de la empresa',
      'own-the-support-budget-and-staffing-plan': 'Responder del presupuesto y del plan de personal del soporte',
      'measure-and-communicate-supports-impact': 'Medir y comunicar el efecto del soporte en los ingresos y la retención',
      'develop-managers-and-the-organisations-c': 'Desarrollar a los gerentes y la cultura de la organización',
    },
    transitions: {
      'promotion-vp-of-support': {
        conditions: {
          'has-a-record-of-strategic-results-presen': 'Tiene un historial de resultados estratégicos presentados a la dirección',
        },
      },
      'lateral-director-of-it-support': {
        conditions: {
          'can-lead-it-support-for-a-whole-organisa': 'Sabe dirigir el soporte de TI de toda una organización junto a los demás directores de TI',
        },
      },
    },
  },

  'role-vp-of-support': {
    title: 'Vicepresidente de soporte',
    summary: `El ejecutivo responsable del soporte: habla en nombre de la experiencia del cliente en la mesa de dirección, fija el plan a largo plazo y alinea el soporte con el resto de la empresa. Los directores dirigen la organización; el vicepresidente decide qué lugar ocupa en la empresa. ${judgement}`,
    responsibilities: {
      'set-the-long-term-vision-and-plan-for-su': 'Fijar la visión y el plan a largo plazo del soporte',
      'represent-support-and-the-customer-exper': 'Representar al soporte y la experiencia del cliente ante el equipo directivo',
      'allocate-budget-and-headcount-across-the': 'Repartir el presupuesto y la plantilla en toda la organización de soporte',
      'lead-the-directors-and-managers-of-suppo': 'Dirigir a los directores y gerentes de soporte',
    },
  },

  'role-customer-success-manager': {
    title: 'Gerente de éxito del cliente',
    summary: `Se ocupa de una cartera de clientes para que saquen valor del producto y renueven. Quien llega desde la ingeniería de soporte aporta conocimiento profundo del producto e intuición sobre dónde se atascan los clientes; el trabajo pasa de resolver problemas a evitarlos. ${judgement}`,
    responsibilities: {
      'guide-customers-to-value-from-onboarding': 'Acompañar a los clientes hasta que saquen valor, desde la puesta en marcha hasta la renovación',
      'track-health-retention-and-expansion-met': 'Seguir las métricas de salud, retención y expansión',
      'bring-customer-feedback-to-product-and-s': 'Llevar las opiniones de los clientes a los equipos de producto y de soporte',
    },
  },

  'role-product-manager': {
    title: 'Gerente de producto',
    summary: `Decide qué debe hacer el producto a continuación y por qué. Los ingenieros de soporte que llegan aquí usan lo que les enseñaron miles de problemas de clientes para fijar prioridades; el trabajo cambia responder preguntas por elegir cuáles debe hacer desaparecer el producto. ${judgement}`,
    responsibilities: {
      'gather-and-weigh-customer-needs-includin': 'Recoger y sopesar las necesidades de los clientes, incluidas las evidencias que aporta el soporte',
      'set-product-priorities-and-write-require': 'Fijar las prioridades del producto y redactar los requisitos',
      'work-with-engineering-design-and-go-to-m': 'Trabajar con los equipos de ingeniería, diseño y salida al mercado',
    },
  },

  'role-sales-engineer': {
    title: 'Ingeniero de preventa',
    summary: `El socio técnico de un equipo de ventas: hace demostraciones del producto, diseña pruebas de concepto y responde las preguntas técnicas de los clientes potenciales. El diagnóstico y el saber explicar vienen directamente del soporte; lo nuevo es trabajar con la vista puesta en una venta. ${judgement}`,
    responsibilities: {
      'run-technical-demonstrations-and-proofs': 'Hacer demostraciones técnicas y pruebas de concepto',
      'answer-technical-and-security-questions': 'Responder las preguntas técnicas y de seguridad de los clientes potenciales',
      'help-design-how-the-product-fits-a-custo': 'Ayudar a diseñar cómo encaja el producto en el entorno de un cliente',
    },
  },

  'role-developer-advocate': {
    title: 'Developer advocate (relaciones con desarrolladores)',
    summary: `Representa a los desarrolladores ante la empresa y a la empresa ante los desarrolladores: tutoriales y ejemplos, charlas en eventos y opiniones recogidas en la comunidad. Los ingenieros de soporte a los que les gusta enseñar suelen acabar aquí. ${judgement}`,
    responsibilities: {
      'write-tutorials-samples-and-technical-ar': 'Escribir tutoriales, ejemplos y artículos técnicos',
      'speak-at-conferences-and-meetups': 'Dar charlas en conferencias y meetups',
      'build-and-support-the-developer-communit': 'Construir y apoyar la comunidad de desarrolladores',
      'carry-developer-feedback-to-product-and': 'Llevar las opiniones de los desarrolladores a producto e ingeniería',
    },
  },
}
