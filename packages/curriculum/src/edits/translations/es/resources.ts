/**
 * Resource summaries in Spanish. The resources themselves are in English (their
 * `language` says so) and keep their titles as the publishers give them.
 */
import type {StructuredTranslations} from '../shape.ts'

const summary = (text: string) => ({summary: text})

export const resources: StructuredTranslations = {
  'resource-acm': summary('Una sociedad profesional de informática con eventos, grupos de interés especial y una gran biblioteca de investigación.'),
  'resource-adplist': summary('Una plataforma para reservar sesiones con mentores voluntarios, y para ser mentor de otros.'),
  'resource-aitp': summary(
    'Una asociación de profesionales de TI que una de las fuentes recomienda para hacer contactos. No conocemos ninguna dirección oficial vigente, así que no damos ninguna.',
  ),
  'resource-automate-the-boring-stuff': summary(
    'Un libro de Python para principiantes, de lectura gratuita en línea, sobre cómo quitarse de encima con scripts tareas diarias como manejar archivos, hojas de cálculo y tareas web.',
  ),
  'resource-aws-certification-guide': summary('La guía de Amazon sobre sus certificaciones en la nube y cómo prepararlas.'),
  'resource-axelos-itil': summary(
    'La casa oficial de ITIL: sus prácticas de gestión de servicios y el esquema de certificación que empieza con ITIL Foundation. Otras dos fuentes remiten al sitio oficial de ITIL y a la formación para certificarse.',
  ),
  'resource-cisco-certifications': summary('El programa de certificaciones de redes de Cisco, con CCNA en el nivel Associate y los niveles Professional y Expert por encima.'),
  'resource-cncf-training-and-certification': summary('Cursos y exámenes de certificación sobre Kubernetes y otras tecnologías cloud-native.'),
  'resource-comptia-certifications': summary(
    'El catálogo de certificaciones de CompTIA, independientes de fabricantes: desde A+ para técnicos de soporte hasta redes, seguridad y más.',
  ),
  'resource-coursera': summary('Una plataforma de cursos en línea con cursos universitarios de gestión de TI, comunicación y planificación estratégica.'),
  'resource-coursera-business-strategy': summary('Un curso de la Universidad de Virginia sobre los fundamentos de la estrategia empresarial que puedes seguir gratis como oyente.'),
  'resource-coursera-it-support-certificate': summary(
    'Un programa de certificado para principiantes en Coursera sobre los fundamentos del soporte de TI, recomendado a quien empieza el camino hacia un puesto de líder de soporte.',
  ),
  'resource-coursera-leadership-skills': summary('Un curso de la Universidad de Virginia sobre cómo dirigir equipos que puedes seguir como oyente sin pagar.'),
  'resource-edx': summary('Una plataforma de cursos en línea con cursos universitarios de tecnologías de la información; la mayoría se pueden seguir gratis como oyente.'),
  'resource-edx-finance-and-accounting': summary(
    'Una introducción a las finanzas y la contabilidad de la Universidad de Pensilvania, para responsables que necesitan entender las cifras.',
  ),
  'resource-forbes-leadership': summary('La sección de liderazgo de Forbes, con artículos sobre cómo dirigir personas y organizaciones.'),
  'resource-freecodecamp-data-analysis': summary('Un curso gratuito, a tu ritmo, sobre análisis de datos con Python, NumPy y pandas.'),
  'resource-gainsight-customer-success-metrics': summary(
    'Una guía para medir la retención, los indicadores de salud de clientes y otras cifras de éxito del cliente, y para mostrar su efecto en el negocio.',
  ),
  'resource-gartner': summary('Estudios y previsiones sobre tendencias de TI que los líderes usan en su planificación estratégica.'),
  'resource-github-technical-writing': summary(
    'Repositorios abiertos etiquetados con redacción técnica: ejemplos de los que aprender y un modelo para publicar tu propio portafolio.',
  ),
  'resource-google-sre-books': summary('Los libros de Google sobre ingeniería de fiabilidad (SRE), de lectura gratuita en línea: cómo se practica y cómo se implanta.'),
  'resource-harvard-business-review': summary(
    'Una revista de gestión con artículos sobre liderazgo, estrategia y dirección de la tecnología; una de las fuentes remite a su sección de tecnología.',
  ),
  'resource-hbr-career-development-plan': summary('Cómo armar un plan de desarrollo personal con un rumbo claro, a partir de la investigación en gestión.'),
  'resource-hbr-first-time-manager': summary('Lo básico de dirigir personas para quien estrena su primer puesto de responsable.'),
  'resource-hbr-learn-to-love-networking': summary(
    'Consejos basados en la investigación para hacer contactos con un propósito, sobre todo si a uno le resulta incómodo.',
  ),
  'resource-intercom-support-engineering-career': summary(
    'La visión de Intercom sobre cómo progresan los ingenieros de soporte, con estrategias prácticas de una empresa que fabrica software de soporte.',
  ),
  'resource-isaca': summary('Una organización profesional de gobierno, auditoría, riesgo y seguridad de TI, con certificaciones y capítulos locales.'),
  'resource-lara-hogan-speaking': summary('Consejos y materiales de una líder de ingeniería sobre cómo dar charlas y presentar en conferencias.'),
  'resource-leaders-eat-last': summary('Un libro sobre la confianza y la seguridad que crean los buenos líderes, y por qué los equipos que las tienen rinden más.'),
  'resource-linkedin': summary('La principal red profesional: mantén tu perfil al día, sigue a tus colegas y entérate de las vacantes.'),
  'resource-linkedin-learning': summary('Una biblioteca de cursos por suscripción con temas de TI y también cursos sobre cómo liderar y dirigir personas.'),
  'resource-linkedin-learning-career-development': summary(
    'Los cursos de desarrollo profesional de LinkedIn Learning, útiles para evaluar tus habilidades y planificar qué aprender después.',
  ),
  'resource-linkedin-learning-profile': summary('Cursos para construir un buen perfil de LinkedIn y sacar partido a la red.'),
  'resource-mckinsey-strategy-insights': summary(
    'Los artículos de McKinsey sobre estrategia y finanzas corporativas, una fuente de marcos para pensar y decidir de forma estratégica.',
  ),
  'resource-meetup': summary('Un sitio para encontrar eventos y grupos tecnológicos locales donde conocer en persona a otros profesionales de TI.'),
  'resource-mindtools-smart-goals': summary('Una introducción a los objetivos SMART y a cumplirlos de verdad.'),
  'resource-mit-sloan-strategic-communication': summary('Un curso de formación para directivos sobre comunicación estratégica e influencia en los niveles altos.'),
  'resource-pmi': summary(
    'La organización profesional de los directores de proyecto: estándares, el PMP y otras certificaciones, capítulos locales y una biblioteca de recursos.',
  ),
  'resource-pmi-stakeholder-management-plan': summary('Un documento de la biblioteca del PMI sobre cómo planificar la identificación, la implicación y la gestión de las partes interesadas.'),
  'resource-pmp-certification': summary('La página del PMI sobre el PMP: requisitos, el examen y cómo prepararlo.'),
  'resource-postman-api-development': summary('La documentación de Postman sobre cómo diseñar, construir y probar API.'),
  'resource-professor-messer-comptia-roadmap': summary(
    'Cómo encajan entre sí las certificaciones de CompTIA y a qué carrera sirve cada una, en un conocido sitio de formación gratuita.',
  ),
  'resource-progression-fyi': summary(
    'Una colección de marcos de carrera reales publicados por empresas tecnológicas, práctica para comparar qué se espera en cada nivel.',
  ),
  'resource-shrm-performance-management': summary('Un kit de recursos humanos sobre cómo fijar expectativas, evaluar el desempeño y dar feedback.'),
  'resource-stripe-engineering-leadership': summary('Las reflexiones de Stripe sobre el buen liderazgo técnico y cómo ejercerlo.'),
  'resource-support-driven-career-paths': summary(
    'El panorama de Support Driven sobre adónde puede llevar una carrera en soporte, con orientación para cada ruta de ascenso o de salida de la cola.',
  ),
  'resource-support-driven-community': summary('Una comunidad mundial de profesionales del soporte con canales de debate, eventos y ofertas de empleo.'),
  'resource-techcrunch': summary('Noticias del sector tecnológico, para seguir las tendencias que acabarán llegando a tus usuarios y a tu presupuesto.'),
  'resource-technet': summary(
    'El antiguo sitio de comunidad y documentación de Microsoft para profesionales de TI. Microsoft lo retiró y trasladó el contenido a Microsoft Learn, así que no damos dirección.',
  ),
  'resource-techrepublic': summary('Noticias, guías prácticas y recursos para profesionales de TI, con mucho contenido sobre soporte.'),
  'resource-techtarget': summary('Artículos y guías detallados sobre temas de TI como redes, seguridad y tecnologías nuevas.'),
  'resource-the-7-habits-of-highly-effective-people': summary('Un clásico de la eficacia personal sobre prioridades, iniciativa y trabajar bien con los demás.'),
  'resource-the-it-support-handbook': summary(
    'La fuente sobre gestión lo cita con este título y este autor. No hemos podido asociarlos a ninguna edición publicada, así que no describimos su contenido ni damos enlace; comprueba la edición antes de comprarlo.',
  ),
  'resource-the-managers-path': summary(
    'Un libro que recorre cada etapa del liderazgo técnico, desde ser mentor de una persona hasta dirigir una organización de ingeniería; la fuente del itinerario de aprendizaje lo presenta como guía de liderazgo técnico.',
  ),
  'resource-the-phoenix-project': summary(
    'Una novela sobre un responsable de TI que rescata un proyecto al borde del fracaso y que, a través de la historia, enseña ideas de DevOps y operaciones de TI. Dos fuentes la recomiendan.',
  ),
  'resource-thoughtworks-tech-lead-skills': summary('Las competencias que necesita un líder técnico y cómo desarrollarlas, de una consultora que ha formado a muchos.'),
  'resource-udemy': summary(
    'Un mercado de cursos en línea con cursos de liderazgo y gestión, certificaciones de TI, gestión de proyectos y habilidades de negocio.',
  ),
  'resource-zendesk-ai-customer-service': summary('Cómo se está incorporando la IA a la atención al cliente, según un gran fabricante de software de mesa de ayuda.'),
}
