/** FAQs in Spanish, one document each, in the markup of `../../portableText.ts`. Questions open with ¿, as Spanish writes them. */
import type {FaqTranslation} from '../shape.ts'

export const faqs: Readonly<Record<string, FaqTranslation>> = {
  'faq-advance-beyond-technician': {
    question: '¿Cómo puede un técnico de soporte de TI ascender a puestos de más nivel?',
    answer: `
Crece en varias direcciones a la vez y guarda pruebas de cada una: los ascensos suelen ir a quien ya hace parte del trabajo siguiente.
- **La visión de negocio** es lo que los técnicos descuidan con más frecuencia. Este mes, pregunta a tu responsable qué cifras reporta el departamento hacia arriba (volumen de tickets, tiempos de resolución, costes) y aprende a leerlas.
- **El liderazgo y la comunicación** crecen juntos cuando asumes un trabajo que va más allá de la cola: un despliegue, una limpieza de la base de conocimientos o la formación de alguien recién llegado.
- **La profundidad técnica** llega con una especialidad elegida a propósito y respaldada por una certificación.
- **La experiencia** cuenta cuando se ve: lleva un registro breve de los problemas difíciles que resolviste y de lo que ahorró cada solución.
Después pregunta directamente a tu responsable: «¿Qué tendría que demostrar para que me tengan en cuenta para el siguiente puesto?». Apunta la respuesta y revísala con él o ella cada pocos meses.`,
  },

  'faq-choose-a-support-job-that-leads-somewhere': {
    question: '¿Cómo se encuentra un puesto de soporte que lleve a algo más?',
    answer: `
Juzga el puesto por lo que te dejará crecer, no solo por el nombre del cargo.
- **En la entrevista**, pregunta si hay un programa de mentoría o de formación y quién lo usó el año pasado. Si no hay ninguno, pregunta si podrías acompañar a compañeros con experiencia y decide si eso te basta.
- **El tamaño importa, pero no como se suele pensar.** Las grandes empresas son las que más personal de soporte contratan, mientras que a las pequeñas y medianas les resulta más fácil prestar atención a la carrera de cada persona. Que en las pequeñas se asciende antes es una creencia, no una regla: pregunta cómo fue el último ascenso del equipo.
- **Una vez dentro**, pon tu propia cola bajo control, encuentra huecos en tu agenda y luego pregunta a tu responsable si puedes ayudar en un proyecto más grande.
- **Ponte un plazo.** Cuando estés listo para más, busca vacantes dentro de la empresa; si no aparece ninguna en un tiempo fijado (el ejemplo de la fuente es de cinco meses), mira otras empresas.
Sea cual sea el tamaño de la empresa, nadie va a planificar tu progreso por ti.`,
  },

  'faq-entry-level-to-management': {
    question: '¿Cómo se pasa de un puesto de entrada en soporte de TI a la gestión?',
    answer: `
Plantéalo como una serie de pruebas, no como una espera hasta el ascenso. Una ruta habitual empieza como analista de TI, técnico de mesa de ayuda o especialista de soporte, sigue como especialista de soporte sénior o en un puesto de supervisión y llega después a gerente de soporte de TI.
- **Primero, haz muy bien tu trabajo actual.** Nadie asciende a alguien cuya propia cola va mal.
- **Lidera algo pequeño** este trimestre: la incorporación de un compañero, un despliegue de software, el informe semanal. Pregunta a tu responsable en cuál de esas cosas le vendría bien ayuda.
- **Elige una especialidad**, por ejemplo servicios en la nube, bases de datos o seguridad de redes, para convertirte en la persona a la que otros consultan.
- **Añade formación en gestión** cuando ya supervises: ITIL para llevar el soporte como un servicio, PMP cuando los proyectos pasen a ser tuyos y un MBA con orientación a TI si apuntas más alto.
Estás cerca cuando ya haces parte del trabajo del supervisor y tu responsable puede decirte con precisión qué te falta.`,
  },

  'faq-experience-and-specialisation': {
    question: '¿Por qué importan la experiencia práctica y la especialización en el soporte de TI?',
    answer: `
Porque los ascensos se deciden con pruebas. La experiencia es esa prueba: tickets más difíciles, proyectos y soluciones que otros pueden comprobar. Una especialidad da un motivo para elegirte a ti y no a otros técnicos con los mismos años, y abre puestos de especialista como el de experto en la materia.
Para construir ambas a propósito:
- Lleva una lista viva de los problemas más difíciles que has resuelto, qué hiciste y qué se ahorró, y llévala a tu próxima evaluación.
- Elige una especialidad en la que tu organización tenga dificultades: si se acumulan los escalados sobre cuentas en la nube, bases de datos o seguridad, ahí los expertos escasean.
- Prueba la elección antes de comprometerte: pasa un día con el equipo que lleva esa área o pide encargarte de su próximo escalado.
Probablemente aciertas si lees sobre el tema en tu tiempo libre y los compañeros empiezan a traerte esas preguntas.`,
  },

  'faq-formal-education-career-progression': {
    question: '¿Acelera la formación académica la carrera en soporte de TI?',
    answer: `
Ayuda sobre todo cerca de la cima. En los primeros pasos, de la mesa de ayuda a técnico sénior o líder, la experiencia y las certificaciones pesan más que un título. Para los puestos de dirección y ejecutivos, la fuente sobre crecimiento afirma que la formación académica, y en especial un MBA centrado en la gestión de la tecnología, puede acelerar mucho el progreso.
Para decidir si un título te compensa ahora:
- Lee diez ofertas de empleo del puesto que está dos escalones por encima del tuyo y cuenta cuántas piden un título.
- Pregunta a recursos humanos si la empresa financia estudios y qué espera a cambio.
- Si quieres dirigir dentro de unos años, un MBA o un máster en TI a tiempo parcial puede compaginarse con el trabajo; si quieres seguir en lo técnico, dedica ese tiempo a certificaciones.`,
  },

  'faq-is-tech-support-a-good-first-rung': {
    question: '¿Es el soporte técnico un buen primer peldaño en la carrera profesional?',
    answer: `
Puede serlo, si lo tratas como un lugar para aprender y no como una sala de espera. Las opiniones varían: unos ven a gente motivada pasar rápido de la mesa de ayuda a la gestión y a otros puestos, y otros encuentran difícil convertir esa experiencia en algo mayor.
Lo que ofrece el soporte es amplitud. Ves a diario cómo se comportan centros de datos, redes y aplicaciones, lo que ayuda a un recién titulado en informática a decidir en qué especializarse. Lo que lo complica es la competencia: según cifras de CompTIA que cita la fuente, el especialista de soporte a usuarios es la ocupación de TI más común en cerca del 35 por ciento de los estados de EE. UU., y alrededor del 13 por ciento de quienes trabajan en ocupaciones de TI en EE. UU. lo hacen en soporte.
Para que sea un primer peldaño y no una meseta:
- Fíjate en a qué equipos van tus escalados y pregunta a uno de ellos en qué consiste su trabajo.
- Acuerda con tu responsable una habilidad más allá de la cola que desarrollarás en los próximos seis meses.
- Si dejas de aprender cosas nuevas, empieza a planificar el siguiente paso.`,
  },

  'faq-it-support-career-paths': {
    question: '¿Qué trayectorias profesionales suelen seguir los profesionales del soporte de TI?',
    answer: `
La mayoría sigue una sola escalera, desde un puesto de técnico de entrada hasta un cargo de CIO o CTO; la trayectoria de soporte de TI muestra cada paso. Lo que cambia al subir es aquello por lo que se te juzga:
- **Técnico y técnico sénior:** los problemas que resuelves y, más adelante, los compañeros a los que ayudas.
- **Líder de equipo o supervisor** (las fuentes usan ambos nombres para el primer paso de liderazgo): lo bien que funciona el equipo en el día a día.
- **Gerente y director de soporte de TI:** los niveles de servicio, los presupuestos y los planes de todo el departamento.
- **CIO o CTO:** cómo sirve la tecnología a la organización en su conjunto.
No todo el mundo sube hasta arriba. Hay rutas laterales hacia la administración de sistemas o la ingeniería de redes, hacia una especialidad o hacia la ingeniería de soporte de producto y los puestos que abre. Elige el siguiente paso, no el último: pregunta a alguien que ocupe ese puesto cómo es una semana normal.`,
  },

  'faq-it-support-manager-education': {
    question: '¿Qué formación necesita quien aspira a ser gerente de soporte de TI?',
    answer: `
Normalmente, un título en informática, TI o una materia afín, más algunas certificaciones técnicas. El título importa menos que demostrar que entiendes el trabajo que hace tu equipo.
- **Base técnica:** CompTIA A+ al principio; CCNA de Cisco o CompTIA Network+ si trabajas con redes.
- **Capa de gestión**, cuando ya supervises: ITIL Foundation para llevar el soporte como un servicio y, cuando los presupuestos y los proyectos pasen a ser tuyos, un MBA con orientación a TI o el PMP.
¿Sin título? Pregunta a recursos humanos si en tu empresa la experiencia puede sustituirlo para el puesto de gerente y comprueba si la oferta de empleo lo dice.`,
  },

  'faq-it-support-manager-responsibilities': {
    question: '¿Qué hace normalmente un gerente de soporte de TI?',
    answer: `
Llevar el soporte de TI como un servicio en el que el resto de la organización pueda confiar. El gerente responde de los niveles de servicio y de la rapidez con que se resuelven los problemas, decide cómo se usan el presupuesto y las personas, dirige los equipos de soporte a través de sus líderes y se asegura de que los planes del soporte sigan lo que necesita el negocio.
Una semana típica puede incluir una revisión de niveles de servicio, una decisión sobre personal o gasto, reuniones individuales con los líderes de equipo y una reunión con otro departamento sobre un cambio que afectará a la mesa de ayuda.
Para ver el trabajo de cerca, pregunta a tu responsable si puedes asistir a su próxima revisión de servicio.`,
  },

  'faq-it-support-manager-skills': {
    question: '¿Qué habilidades necesita un gerente de soporte de TI para destacar?',
    answer: `
Lo que más importa es el liderazgo y el pensamiento estratégico, y ambos descansan en habilidades que puedes practicar antes de tener el cargo.
- **Resolver problemas a nivel del servicio:** no un ticket, sino por qué vuelve una y otra vez el mismo ticket.
- **Adaptarse:** las herramientas nuevas, las reorganizaciones y los recortes llegan sin avisar; planifica cómo los absorbe el equipo.
- **Traer ideas nuevas:** prueba una mejora pequeña, mídela y quédate con ella solo si funciona.
- **Comunicar hacia arriba y hacia los lados:** explica un problema a un director en dos minutos y di qué necesitas de él.
Practica una de estas en tu equipo actual este trimestre y pide a tu responsable su opinión.`,
  },

  'faq-it-support-manager-stay-current': {
    question: '¿Cómo se mantienen al día los gerentes de soporte de TI con las tendencias tecnológicas?',
    answer: `
Haciendo del aprendizaje una rutina de todo el equipo, no una afición privada.
- Da a cada persona, tú incluido, un objetivo de aprendizaje pequeño por trimestre y tiempo para alcanzarlo.
- Organiza una sesión mensual breve en la que alguien enseñe una herramienta nueva o lo aprendido de un incidente.
- Mantén el contacto con colegas de otras empresas: a menudo ya han probado lo que tú te estás planteando.
- Elige una o dos conferencias o talleres al año, y que quien vaya comparta después sus notas.`,
  },

  'faq-networking-and-mentorship-importance': {
    question: '¿Cuánto importan la red de contactos y la mentoría en una carrera de soporte de TI?',
    answer: `
Mucho: muchas vacantes se cubren a través de personas que ya conocen tu trabajo, y un mentor puede ahorrarte años de ensayo y error.
- **Este mes**, únete a una comunidad o asociación: Support Driven para el trabajo de soporte, o ISACA, PMI o ACM en sus campos. Ve a un evento o a una sesión en línea.
- **Busca un mentor** pidiendo a una persona con experiencia un favor concreto: «¿Podríamos hablar media hora una vez al mes? Quiero aprender cómo pasaste a liderar un equipo». Lleva una pregunta cada vez.
- **¿Nadie adecuado en el trabajo?** En ADPList hay mentores voluntarios con los que puedes reservar sesiones.
Devuelve también pronto lo recibido: ayudar a un compañero más nuevo es como la gente empieza a verte como futuro líder.`,
  },

  'faq-path-to-technical-support-lead': {
    question: '¿Qué trayectoria lleva a un puesto de líder de soporte técnico?',
    answer: `
Normalmente, tres etapas: un puesto de entrada como técnico de mesa de ayuda o analista de soporte; un puesto técnico intermedio como técnico sénior, ingeniero de redes o administrador de sistemas; y después el primer puesto de liderazgo, que unas empresas llaman líder de soporte técnico y otras supervisor.
Las fuentes describen ese último paso de forma distinta. La fuente sobre el líder de soporte llega al puesto de líder pasando por puestos de supervisor o gerente, la fuente sobre crecimiento nombra un solo paso «líder de equipo/supervisor» y la fuente sobre gestión, un paso de supervisor antes del de gerente. Nosotros entendemos líder y supervisor como un mismo peldaño, por debajo del gerente de soporte de TI.
Estás listo cuando ya llevas parte del trabajo del equipo (los turnos, la formación de alguien nuevo, la cola de escalados en un día malo) y la gente acude a ti antes que al gerente. Pregunta a tu responsable: «¿Qué tareas del líder podría asumir durante los próximos tres meses?».`,
  },

  'faq-prepare-for-support-leadership': {
    question: '¿Cómo puedo prepararme para liderar en soporte técnico?',
    answer: `
Empieza ya a hacer pequeñas partes del trabajo del líder, con el acuerdo de tu responsable, y pide opinión sobre cada una.
- Hazte cargo de una tarea recurrente: el cuadrante semanal de turnos, la incorporación de un compañero nuevo o la revisión de los tickets complicados antes de que se escalen.
- Busca un mentor que haya liderado un equipo de soporte y pregúntale cómo llevó su primera conversación difícil.
- Practica explicar un problema técnico a un responsable no técnico en tres frases: los líderes lo hacen a diario.
- Cuando propongas un cambio, parte de lo que aporta a los clientes: menos llamadas repetidas, soluciones más rápidas.
Pasados tres meses, pregunta a tu responsable: «¿Qué te impediría proponerme como líder?».`,
  },

  'faq-show-leadership-potential': {
    question: '¿Cómo puede demostrar su potencial de liderazgo quien aspira a líder de soporte técnico?',
    answer: `
Liderando antes de tener el cargo, de formas que tu responsable pueda ver. Algunas pruebas son fáciles de empezar:
- Documenta la solución de un problema recurrente y explícasela al equipo.
- Acompaña a una persona recién llegada durante su primer mes.
- Ofrécete a llevar un proyecto pequeño, como una renovación de portátiles o el paso a una herramienta de tickets nueva, y mantén informadas a las personas afectadas.
- Cuando cambien los planes, adáptate sin que te lo pidan y cuenta qué has cambiado.
Anota cada cosa con su fecha y su resultado y llévalo a tu evaluación: es lo que tu responsable necesita para defender tu ascenso.`,
  },

  'faq-technical-support-lead-challenges': {
    question: '¿A qué retos se enfrentan los líderes de soporte técnico?',
    answer: `
Para la mayoría de los líderes nuevos, lo más difícil es el equilibrio entre arreglar cosas y dirigir personas. La cola siempre te reclama, y el equipo necesita que te apartes un poco.
El puesto trae otras presiones: un equipo con niveles y caracteres muy distintos, clientes que esperan respuestas rápidas, una tecnología que no para de cambiar y una moral que cuidar.
- Reserva cada semana tiempo para liderar (reuniones individuales, planificación) antes de que lo llene la cola.
- Decide qué escalados llevas solo tú y enseña a los demás a resolver el resto.
- Pregunta a tu propio responsable cómo y cuándo quiere enterarse de los problemas, para que las malas noticias lleguen pronto.`,
  },

  'faq-technical-support-lead-education': {
    question: '¿Cuánto importa la formación académica para llegar a líder de soporte técnico?',
    answer: `
Es útil, pero no decisiva. Muchos líderes tienen un grado en informática o en algo parecido, y las empresas tecnológicas suelen pedir un título para los puestos de gestión. La fuente sobre el líder de soporte valora igual de alto la experiencia práctica y el aprendizaje constante.
Si no tienes título, las certificaciones y una formación bien elegida pueden demostrar dominio en las áreas que pide el puesto. Para ver qué cuenta donde trabajas, lee la última oferta de líder o supervisor que publicó tu empresa y compara sus requisitos con tu currículum.`,
  },

  'faq-technical-support-lead-outlook': {
    question: '¿Qué perspectivas laborales tienen los líderes de soporte técnico?',
    answer: `
La fuente sobre el líder de soporte espera que la demanda siga siendo fuerte a medida que las empresas dependen más de la tecnología. No da cifras, y nosotros tampoco.
Lo que puedes comprobar por tu cuenta:
- Busca en los portales de empleo de tu zona «líder de soporte» y «supervisor de soporte», y anota cuántas ofertas hay y qué piden.
- Marca las habilidades que aparecen una y otra vez: son las que las empresas pagan hoy.
Quienes mejor situados están combinan la destreza técnica con el liderazgo de personas y la orientación al cliente, y siguen aprendiendo a medida que cambia el sector.`,
  },

  'faq-technical-support-lead-responsibilities': {
    question: '¿Cuáles son las principales responsabilidades de un líder de soporte técnico?',
    answer: `
Mantener en marcha el día del equipo y mejorar el servicio con el tiempo.
- **Cada día:** revisar la cola y quién está de turno, asumir o acompañar los escalados más difíciles y responder las dudas técnicas de los compañeros.
- **Cada una o dos semanas:** formar al personal nuevo y al veterano, comprobar que los clientes reciben el nivel de servicio que el equipo prometió e informar a la dirección.
- **A lo largo de los meses:** planificar mejoras del soporte y vigilar la tecnología nueva que cambiará el trabajo del equipo.
Hace falta liderazgo, buen criterio y capacidad para dirigir un equipo; si quieres probarlo, pide sustituir a tu líder en sus próximas vacaciones.`,
  },

  'faq-technical-support-lead-skills': {
    question: '¿Qué habilidades necesita un líder de soporte técnico?',
    answer: `
Técnicas y de trato con las personas, y a un líder se le juzga más por las segundas.
- **Personas:** liderar a otros, gestionar el tiempo cuando todo es urgente, resolver problemas con el equipo en lugar de por él y comunicarse con claridad hacia arriba y hacia abajo.
- **Técnica:** la profundidad suficiente en el diagnóstico de averías para ayudar con los tickets más difíciles, un mapa práctico de los sistemas de TI de la organización y familiaridad con el hardware y el software que usan tus usuarios.
Una autoevaluación rápida: ¿podrías explicar la peor caída de hoy a un director no técnico en dos minutos? ¿Podrías organizar los turnos de la semana que viene con dos bajas? La respuesta que sea «no» marca la habilidad que practicar primero.`,
  },

  'faq-technical-support-lead-trends': {
    question: '¿Cómo se mantienen al día los líderes de soporte técnico con las tendencias del sector?',
    answer: `
Con una rutina pequeña y compartida con el equipo.
- **Cada semana:** veinte minutos con unas pocas fuentes de confianza, como TechRepublic o los blogs de tus proveedores principales.
- **Cada mes:** una comunidad en línea o un grupo local, por ejemplo Support Driven o un grupo de Meetup cerca de ti.
- **Cada año:** una conferencia y, cuando el equipo lo necesite, una certificación nueva; aprovecha lo que tu asociación profesional ofrece a sus miembros.
Pide a cada persona del equipo que traiga una novedad al mes a una reunión: el líder no tiene que descubrirlo todo solo.`,
  },

  'faq-useful-it-support-certifications': {
    question: '¿Qué certificaciones son más útiles para los profesionales del soporte de TI?',
    answer: `
Elige según el próximo puesto que quieras. La fuente sobre crecimiento nombra cinco credenciales; así encaja cada una hoy:
- **Trabajo en redes:** el CCNA de Cisco.
- **Tu primer empleo en soporte:** CompTIA A+.
- **Puestos ejecutivos:** un MBA centrado en sistemas de información o en gestión de la tecnología.
- **El paso a la gestión:** el PMP del PMI, que exige antes experiencia en proyectos.
- **Tecnologías de Microsoft:** la fuente nombra el MCSE, pero Microsoft lo retiró el 31 de enero de 2021. Ocupan su lugar sus certificaciones actuales basadas en roles, como las de Azure.
Antes de pagar un examen, pregunta a tu responsable qué certificación le falta al equipo; las empresas suelen financiar las que necesitan.`,
  },

  'faq-what-it-takes-to-reach-it-support-management': {
    question: '¿Qué hace falta para llegar a la gestión del soporte de TI?',
    answer: `
Tres cosas, que se construyen en etapas que se solapan: credibilidad técnica, pruebas de que sabes liderar y comprensión del negocio.
- **La credibilidad técnica** llega primero, normalmente con un título y certificaciones como CompTIA A+ o el CCNA de Cisco, y después con trabajo de entrada en la mesa de ayuda o como analista de TI.
- **Las pruebas de liderazgo** llegan con un puesto de especialista de soporte sénior o de supervisor: equipos pequeños, proyectos pequeños y personas que trabajan mejor gracias a ti. Ayudan aquí un MBA con orientación a TI, ITIL o el PMP, la mentoría y la formación en liderazgo.
- **La comprensión del negocio** crece cuando pides ver el presupuesto del departamento y los objetivos con los que se le mide.
Una especialidad y el aprendizaje constante te mantienen competitivo todo el camino. Quien elige a un gerente busca proyectos entregados, un equipo que funciona bien contigo al frente y planes de TI que encajan con los objetivos del negocio; ya en el puesto, el trabajo consiste en mejorar el servicio y la eficiencia con los recursos que tienes.`,
  },
}
