/** Guides in Spanish, one document each, in the markup of `../../portableText.ts`. Titles of books and programmes stay as published. */
import type {GuideTranslation} from '../shape.ts'

export const guides: Readonly<Record<string, GuideTranslation>> = {
  'guide-becoming-a-technical-support-lead': {
    title: 'Llega a líder de soporte técnico',
    summary: 'Qué hace un líder de soporte técnico, la ruta habitual hasta el puesto y un plan de 90 días para demostrar que estás preparado.',
    body: `
## Conoce el puesto
Un líder de soporte técnico mantiene en marcha el día a día de un equipo de soporte: los turnos, la formación, el nivel de servicio prometido a los clientes y los escalados que nadie más sabe resolver. Es el enlace entre las personas de la mesa y la dirección, y suele ayudar a planificar cómo debe mejorar el soporte.
Las empresas dan nombres distintos a este peldaño. La fuente sobre el líder de soporte llega al puesto pasando por puestos de supervisor o gerente, la fuente sobre crecimiento nombra un solo paso «líder de equipo/supervisor» y la fuente sobre gestión, un paso de supervisor antes del de gerente; nosotros tratamos líder y supervisor como un mismo puesto, el primer peldaño del liderazgo de personas, por debajo del gerente de soporte de TI.
## La ruta habitual
1. **Puesto de entrada.** Empieza como técnico de mesa de ayuda o analista de soporte. La paciencia, la empatía y una comunicación clara cuentan tanto como la destreza técnica, y el trabajo por turnos te pone delante una gran variedad de problemas.
2. **Nivel intermedio.** Pasa a técnico sénior, ingeniero de redes o administrador de sistemas: problemas más difíciles, proyectos pequeños y a veces un equipo pequeño. Sé mentor de otros e imparte formaciones; eso ya es práctica de liderazgo.
3. **Especialízate o amplía.** Conviértete en el experto de un área, o aprende de seguridad, nube, software y hardware para conocer todos los tipos de incidencia que un líder debe supervisar. La guía sobre especializarse o ampliar te ayuda a elegir.
4. **Lidera.** Asume el puesto de líder o supervisor y crece después hacia gerente de soporte de TI.
## Formación y certificaciones
Muchos líderes tienen un título en informática o un campo afín, y las empresas suelen pedir un grado para los puestos de gestión. Ayuda una especialización en ciberseguridad, administración de redes o sistemas de información; un máster en TI, o un MBA orientado a la gestión de TI, puede acelerar el ascenso.
CompTIA A+ y Network+ son las certificaciones técnicas habituales. La fuente sobre el líder de soporte nombra también el MCITP de Microsoft, que Microsoft retiró hace años; si tu equipo trabaja con Microsoft, obtén en su lugar una de sus certificaciones actuales basadas en roles.
## Un plan de 90 días
- **Mes 1:** dile a tu responsable que quieres liderar y pregúntale qué necesitaría ver. Hazte cargo de una tarea recurrente del líder, como los turnos o la incorporación de personas nuevas.
- **Mes 2:** lleva a cabo una mejora pequeña (una limpieza de la base de conocimientos, una lista de comprobación nueva para escalados) y mide qué ha cambiado.
- **Mes 3:** sustituye al líder durante una semana si puedes, y después pide una opinión sincera.
## Cuando ya lideras
Sigue aprendiendo: cursos, seminarios y certificaciones en liderazgo o gestión de TI. Los eventos del sector, los foros en línea y las asociaciones traen consejos, ofertas de empleo y noticias tempranas de tendencias. Liderar consiste en motivar y guiar a las personas al menos tanto como en gestionar tecnología.`,
  },

  'guide-choosing-your-first-support-job': {
    title: 'Elige un primer puesto de soporte que te lleve más lejos',
    summary:
      'El soporte es un primer empleo de TI muy habitual, y eso es a la vez su fuerza y su trampa. Cómo elegir empresa, qué preguntar en la entrevista y cómo hacerte notar una vez dentro.',
    body: `
## Por qué tanta gente empieza en soporte
Un puesto de soporte da mucha experiencia práctica. A un recién titulado en informática al que le interesa cualquier cosa, desde los centros de datos hasta el desarrollo de aplicaciones, le muestra de cerca cómo funcionan cada día esas partes de la TI.
También está muy concurrido. Según datos de CompTIA que recoge el artículo fuente, el especialista de soporte a usuarios es la ocupación de TI más común en **cerca del 35 por ciento de los estados de EE. UU.**, por delante de los desarrolladores de software y los analistas de sistemas informáticos, y **alrededor del 13 por ciento** de quienes tienen una ocupación de TI en EE. UU. trabajan en soporte. Destacar entre tantos es difícil, sobre todo en una gran empresa.
## ¿Empresa grande o pequeña?
- Las grandes empresas emplean a más personal de soporte, así que hay más vacantes.
- A las pequeñas y medianas suele resultarles más fácil prestar atención a la carrera de cada persona.
- Mucha gente cree que en las empresas pequeñas se asciende antes. No es así en todas partes, así que pregunta en vez de suponerlo.
## Qué preguntar en la entrevista
- «¿Hay un programa formal de mentoría o de formación, y quién del equipo lo usó el año pasado?»
- «¿A qué pasó la última persona que ocupó este puesto?»
- «¿Podría ayudar en proyectos fuera de la cola cuando domine el trabajo?»
Si la empresa no ofrece ningún programa, pregunta si podrías acompañar al personal con más experiencia (si no les importa que los observes) y valora si el puesto puede darte aun así lo que necesita tu carrera.
## Una vez dentro
Primero pon tu propio trabajo completamente bajo control. Después haz hueco en tu agenda y pregunta a tu responsable si puedes ayudar en un proyecto más grande. Sea cual sea el tamaño de la empresa, el impulso para avanzar tiene que salir de ti; la guía sobre crecer más allá de la mesa de soporte cubre los pasos siguientes.`,
  },

  'guide-growing-beyond-the-support-desk': {
    title: 'Crece más allá de la mesa de soporte',
    summary:
      'De dominar la cola a tu primer ascenso: asumir proyectos, desarrollar las habilidades que importan, reunir pruebas y saber cuándo buscar en otra parte.',
    body: `
## Primero, domina el puesto que tienes
Pon tus tareas principales completamente bajo control. Después, si puedes reorganizar tu agenda para hacer hueco, pregunta a tu responsable si puedes ayudar en proyectos más grandes. Si acepta, aprovecha para demostrar que eres útil fuera del compartimento estanco del soporte.
## Desarrolla cuatro tipos de habilidad
- **Visión de negocio:** aprende cómo encaja la TI en el negocio, empezando por las cifras que reporta tu departamento.
- **Liderazgo y gestión:** lleva primero un proyecto pequeño y, más adelante, ayuda a dirigir personas.
- **Comunicación:** explica los problemas de forma que los sigan tanto las personas técnicas como las que no lo son.
- **Dominio técnico:** mantente al día con la tecnología nueva y certifícate en el área en la que te especialices.
## Suma titulaciones que aceleran el camino
La experiencia va primero, pero las fuentes nombran titulaciones que ayudan. Dos son técnicas: CompTIA A+ al principio y el CCNA de Cisco para trabajar en redes. Dos son para líderes: un MBA con orientación tecnológica si aspiras a puestos ejecutivos y el PMP si te diriges a la gestión. El MCSE que también nombran lo retiró Microsoft en 2021; lo sustituyen sus certificaciones basadas en roles.
## Reúne pruebas
En cada etapa, ofrécete para encargos exigentes y lleva una lista con fechas de lo que asumiste y lo que consiguió. Es lo que un responsable necesita para defenderte.
## Especialízate para destacar
Dominar la computación en la nube, la seguridad o las bases de datos te distingue de otros técnicos y te abre puestos de especialista. La guía sobre especializarse o ampliar compara las dos rutas.
## Teje una red y busca un mentor
- Conoce a tus colegas, únete a una asociación profesional (las fuentes nombran PMI, ISACA, ACM y AITP) y ve a conferencias: ahí se aprende y se oye hablar de vacantes.
- Pide a alguien que ya haya hecho la subida en soporte de TI que sea tu mentor, con una petición concreta, como una llamada de media hora al mes.
## Saber cuándo cambiar
Cuando tengas experiencia suficiente, busca puestos y proyectos nuevos dentro de tu organización. Si no surge nada en un plazo fijado (la fuente sugiere unos cinco meses), plantéate llevar tus habilidades a otra empresa.`,
  },

  'guide-planning-a-support-engineering-career': {
    title: 'Planifica una carrera en ingeniería de soporte',
    summary: 'Las tres direcciones que tiene por delante un ingeniero de soporte, cómo saber cuál encaja contigo y cómo convertir la elección en un plan con fechas.',
    body: `
## Tres direcciones
- **Carrera técnica:** ingeniero de soporte júnior, sénior, staff y luego principal; cada paso amplía tu alcance técnico y tu influencia.
- **Gestión:** líder de equipo, gerente, director y luego vicepresidente de soporte; cada paso añade personas y presupuesto a tu cargo.
- **Fuera del soporte:** éxito del cliente, gestión de producto, preventa técnica o relaciones con desarrolladores; cada una se apoya en lo que el soporte enseña sobre los clientes y el producto.
## ¿Cuál encaja contigo?
- Lo que más te gusta es el ticket más difícil de la semana: sigue en la carrera técnica.
- Te fijas en quién del equipo lo está pasando mal y quieres ayudarle a crecer: prueba la gestión, empezando como líder de equipo.
- Lo que más disfrutas es el éxito a largo plazo de los clientes, el rumbo del producto, las demostraciones, o escribir y hablar para desarrolladores: mira las cuatro salidas.
Prueba antes de cambiar: acompaña durante un día a alguien que tenga el puesto al que aspiras, o asume un proyecto pequeño con su equipo.
## Concreta el plan
- Fija hitos con fechas.
- Compara tus habilidades con las del puesto que quieres y cubre primero la carencia más grande.
- Reúne pruebas para las evaluaciones de desempeño sobre la marcha.
El itinerario de aprendizaje «Desarrollo profesional y liderazgo para ingenieros de soporte» parte de la [guía de trayectorias profesionales de Support Driven](https://supportdriven.com/resources/career-paths/) y después trata el liderazgo, la profundidad técnica, tu marca profesional y las habilidades de negocio.
## Sigue adelante después del itinerario
- Mantente activo en comunidades de soporte como Support Driven.
- Avanza hacia certificaciones más avanzadas.
- Di que sí cuando tu organización te ofrezca la oportunidad de liderar.`,
  },

  'guide-reaching-it-support-management': {
    title: 'Llega a la gestión del soporte de TI',
    summary:
      'Cómo se pasa de un comienzo técnico a dirigir un departamento de soporte de TI, qué hace el gerente y cómo saber cuándo estás casi listo.',
    body: `
## Qué hace el gerente
Un gerente de soporte de TI dirige los equipos que ayudan a las personas con sus ordenadores, su hardware y su software, responde de la calidad y la eficiencia de esa ayuda y participa en la planificación, el presupuesto y la dotación de personal del departamento.
## La ruta en siete pasos
1. **Base técnica.** Un título en informática, TI o similar enseña desarrollo de software, redes y administración de sistemas. Añade certificaciones como el CCNA de Cisco, CompTIA A+ o Network+.
2. **Experiencia de entrada** como analista de TI, técnico de mesa de ayuda o especialista de soporte, aprendiendo atención al cliente y cómo encaja la infraestructura de la organización.
3. **Un primer ascenso** a especialista de soporte sénior o supervisor, a cargo de equipos pequeños o proyectos.
4. **Habilidades de liderazgo y gestión** gracias a la mentoría, la formación en liderazgo y ofrecerse para proyectos, y a un MBA con orientación a TI, ITIL o el PMP.
5. **Una especialidad y aprendizaje constante**, por ejemplo en servicios en la nube, gestión de bases de datos o seguridad de redes.
6. **El paso a gerente**, que se gana con un historial de proyectos exitosos, un equipo que funciona bien y planes de TI que encajan con los objetivos del negocio.
7. **Crecer en el puesto:** mejorar el servicio y la eficiencia, gestionar los recursos con cuidado y apoyar las ideas nuevas del equipo.
## Cómo saber que estás casi listo
- Ya te ocupas de parte del trabajo del gerente, como el informe mensual o una partida del presupuesto.
- Los resultados de tu equipo se mantienen cuando no estás.
- Sabes decir en dos frases cómo ayuda este año el soporte de TI al negocio a alcanzar sus objetivos.
Si dos de estas cosas aún no se cumplen, pide a tu responsable que te encargue una de las piezas que faltan durante los próximos seis meses.
## Dónde aprender
La fuente remite a los programas de certificación de ITIL, PMP, CompTIA y Cisco; a The Manager's Path, The Phoenix Project y The IT Support Handbook; y a PMI, ISACA y AITP como organizaciones profesionales.`,
  },

  'guide-specialise-or-broaden': {
    title: 'Especialízate o amplía tu perfil',
    summary: 'Dos formas de crecer en el soporte de TI, para qué sirve cada una y una manera sencilla de elegir entre ellas.',
    body: `
## Especializarse
Profundiza en una tecnología o conviértete en el experto en la materia de un campo como los servicios en la nube, la seguridad de redes o la gestión de bases de datos. Los especialistas destacan entre sus colegas, valen más para una empresa y pueden llegar a puestos de especialista y, más adelante, a la alta dirección.
## Ampliar
Trabaja en todos los tipos de problema que ve la mesa de ayuda: incidentes de seguridad, servicios en la nube, fallos de software y hardware. La amplitud hace más fácil imaginarte en un puesto de liderazgo, porque quien dirige el soporte tiene que supervisar todo tipo de incidencias.
## Cómo decidir
- Mira los últimos veinte tickets que escalaste. Si la mayoría fue a un mismo equipo y te habría gustado resolverlos tú, especialízate ahí.
- Si disfrutas más coordinando que resolviendo, y la gente ya te pregunta quién debería encargarse de qué, amplía tu perfil hacia el liderazgo.
- Pregunta a tu responsable qué carencia le duele más al equipo: la falta de profundidad en un área o la falta de alguien que vea el conjunto.
## En cualquier caso, sigue aprendiendo
La tecnología nueva llega sin parar. Los cursos y las certificaciones mantienen al día cualquiera de las dos opciones.`,
  },
}
