/** Skills in Spanish. */
import type {StructuredTranslations} from '../shape.ts'

export const skills: StructuredTranslations = {
  'skill-adaptability': {
    title: 'Adaptabilidad',
    description: 'Adaptarse rápido a tecnologías y herramientas nuevas y a prioridades cambiantes sin que baje la calidad.',
  },
  'skill-ai-in-support': {
    title: 'IA y aprendizaje automático en el soporte',
    description:
      'Saber en qué casos las herramientas de IA y aprendizaje automático pueden desviar, clasificar o responder tickets, y cómo introducirlas sin empeorar la experiencia del cliente.',
  },
  'skill-api-integration': {
    title: 'Desarrollo e integración de API',
    description: 'Diseñar, llamar y depurar API, y conectar las herramientas de soporte entre sí y con el producto.',
  },
  'skill-automation-scripting': {
    title: 'Automatización y scripting',
    description: 'Escribir scripts, por ejemplo en Python, que quitan a las personas el trabajo repetitivo del soporte y hacen que las soluciones se puedan repetir.',
  },
  'skill-budgeting-and-finance': {
    title: 'Presupuestos y cultura financiera',
    description: 'Leer indicadores de negocio y estados financieros, elaborar presupuestos y gastar los recursos con criterio.',
  },
  'skill-business-acumen': {
    title: 'Visión de negocio',
    description: 'Entender cómo sirven la TI y el soporte al conjunto de la organización, y alinear el trabajo técnico con los objetivos del negocio.',
  },
  'skill-career-planning': {
    title: 'Planificación de carrera',
    description: 'Trazar tu propia ruta con hitos, detectar qué habilidades te faltan y preparar las evaluaciones de desempeño y los argumentos para un ascenso.',
  },
  'skill-change-management': {
    title: 'Gestión del cambio y cultura',
    description: 'Guiar a una organización a través del cambio y dar forma a una cultura de equipo que aprende e innova.',
  },
  'skill-cloud-native': {
    title: 'Tecnologías cloud-native',
    description: 'Manejar microservicios, contenedores y su orquestación lo bastante bien como para dar soporte a productos construidos así.',
  },
  'skill-cloud-services': {
    title: 'Servicios en la nube',
    description:
      'Dar soporte a cargas de trabajo y cuentas en nubes públicas como AWS, Azure y Google Cloud, y entender qué cambia cuando los servicios salen de la sala de servidores.',
  },
  'skill-communication': {
    title: 'Comunicación',
    description: 'Explicar problemas y soluciones de forma que los entiendan tanto los compañeros técnicos como los usuarios no técnicos, en persona y por escrito.',
  },
  'skill-customer-service': {
    title: 'Atención al cliente',
    description:
      'Mantener informada y tranquila a la persona que tiene el problema, cumplir los estándares de servicio y dejarla con confianza en la ayuda que ha recibido.',
  },
  'skill-customer-success-metrics': {
    title: 'Métricas de éxito del cliente',
    description: 'Medir la retención, la satisfacción y el efecto en los ingresos, y mostrar cómo el trabajo de soporte mueve esas cifras.',
  },
  'skill-cybersecurity': {
    title: 'Ciberseguridad',
    description:
      'Proteger sistemas y datos: configuración segura, control de accesos, reconocer ataques y responder a incidentes. La seguridad de redes es una especialidad frecuente.',
  },
  'skill-data-analysis': {
    title: 'Análisis de datos e informes',
    description: 'Convertir los datos de tickets y del producto en informes y conclusiones, y automatizar los informes que se necesitan cada semana.',
  },
  'skill-database-management': {
    title: 'Gestión de bases de datos',
    description: 'Instalar, ajustar, respaldar y consultar bases de datos, y diagnosticar los fallos que ven los usuarios cuando un almacén de datos se comporta mal.',
  },
  'skill-decision-making': {
    title: 'Toma de decisiones',
    description: 'Decidir a tiempo con información incompleta, asumir la decisión y explicar el razonamiento a quienes les afecta.',
  },
  'skill-devops-sre': {
    title: 'DevOps e ingeniería de fiabilidad (SRE)',
    description:
      'Llevar al soporte los hábitos de DevOps y SRE: infraestructura como código, monitorización, respuesta a incidentes y aprender de cada caída del servicio.',
  },
  'skill-hardware-support': {
    title: 'Soporte de hardware',
    description: 'Instalar, diagnosticar y reparar ordenadores, periféricos y demás dispositivos que la gente usa a diario.',
  },
  'skill-hiring-and-talent': {
    title: 'Contratación y desarrollo del talento',
    description: 'Seleccionar, incorporar y hacer crecer a las personas, y planificar quién estará preparado para el siguiente puesto.',
  },
  'skill-it-service-management': {
    title: 'Gestión de servicios de TI',
    description:
      'Llevar el soporte como un servicio con niveles acordados: gestión de incidentes, problemas y cambios tal como la describen marcos como ITIL.',
  },
  'skill-it-systems': {
    title: 'Conocimiento de los sistemas de TI',
    description: 'Entender cómo encaja la infraestructura de una organización, para que un problema en un punto pueda rastrearse hasta su origen en otro.',
  },
  'skill-mentoring': {
    title: 'Mentoría y formación',
    description: 'Ayudar a crecer a compañeros con menos experiencia: trabajar en pareja, impartir formaciones, revisar su trabajo y compartir conocimiento.',
  },
  'skill-networking': {
    title: 'Redes',
    description:
      'Montar y diagnosticar redes locales y de área extensa: direccionamiento, enrutamiento, conmutación, wifi y los servicios que funcionan sobre ellas.',
  },
  'skill-patience-and-empathy': {
    title: 'Paciencia y empatía',
    description: 'Mantener la calma con usuarios frustrados, ver el problema desde su lado y dedicar el tiempo que necesita quien llama sin entender qué pasa.',
  },
  'skill-problem-solving': {
    title: 'Resolución de problemas',
    description: 'Abordar con método situaciones nuevas y enredadas, a solas o con otros, hasta encontrar una salida.',
  },
  'skill-professional-networking': {
    title: 'Red de contactos profesionales',
    description:
      'Tejer relaciones con colegas y líderes en eventos, foros, asociaciones y comunidades en línea que acaban trayendo consejos y oportunidades.',
  },
  'skill-project-management': {
    title: 'Gestión de proyectos',
    description: 'Planificar, ejecutar y cerrar proyectos a tiempo y dentro del presupuesto, desde pequeños arreglos internos hasta despliegues para todo un departamento.',
  },
  'skill-public-speaking': {
    title: 'Hablar en público y marca personal',
    description: 'Presentar en meetups y conferencias y mantener una presencia profesional en línea que muestre lo que sabes.',
  },
  'skill-software-development': {
    title: 'Desarrollo de software',
    description:
      'Escribir y leer código lo bastante bien como para entender cómo se construyen las aplicaciones y por qué fallan. Las carreras de informática lo enseñan junto con redes y administración de sistemas.',
  },
  'skill-software-support': {
    title: 'Soporte de software',
    description: 'Instalar, configurar y reparar sistemas operativos y aplicaciones, y ayudar a los usuarios a hacer el trabajo para el que existe ese software.',
  },
  'skill-stakeholder-management': {
    title: 'Gestión de partes interesadas e influencia',
    description: 'Trabajar con otros departamentos y con la dirección, presentarles las cosas con claridad y conseguir apoyo para los planes en toda la organización.',
  },
  'skill-strategic-planning': {
    title: 'Planificación estratégica',
    description: 'Fijar el rumbo a largo plazo de un área de soporte o un departamento de TI y convertirlo en planes, hitos y prioridades.',
  },
  'skill-system-administration': {
    title: 'Administración de sistemas',
    description: 'Operar servidores y servicios de directorio: cuentas de usuario, permisos, parches, copias de seguridad y mantener los sistemas disponibles.',
  },
  'skill-team-leadership': {
    title: 'Liderazgo de equipos',
    description: 'Llevar un equipo en el día a día: horarios, generar confianza, gestionar conflictos y el desempeño, y mantener la moral alta.',
  },
  'skill-technical-leadership': {
    title: 'Liderazgo técnico',
    description: 'Dirigir proyectos técnicos e iniciativas entre equipos, tomar decisiones técnicas sólidas e influir en la arquitectura.',
  },
  'skill-technical-writing': {
    title: 'Redacción técnica',
    description: 'Explicar por escrito y con claridad cuestiones técnicas: artículos de la base de conocimientos, runbooks, entradas de blog y documentación.',
  },
  'skill-time-management': {
    title: 'Gestión del tiempo',
    description: 'Priorizar una cola de tickets, compaginar turnos y proyectos, y reservar tiempo para aprender y para trabajo adicional.',
  },
  'skill-troubleshooting': {
    title: 'Diagnóstico y resolución de averías',
    description:
      'Averiguar por qué algo no funciona y arreglarlo: reproducir el fallo, acotar las causas entre hardware, software y red, y comprobar que la solución se mantiene.',
  },
}
