/** The learning path in Spanish: its modules, topics and key points, keyed as the path keys them. */
import type {StructuredTranslations} from '../shape.ts'

export const learningPath: StructuredTranslations = {
  'path-support-engineering-career-development': {
    title: 'Desarrollo profesional y liderazgo para ingenieros de soporte',
    summary:
      'Cinco módulos para ingenieros de soporte que planifican sus próximos pasos: las escaleras que tienen por delante, liderar personas y proyectos, más profundidad técnica, un perfil profesional y una red de contactos, y la parte de negocio de los puestos sénior. Termina animando a seguir activo en la comunidad, a seguir certificándose y a aceptar las oportunidades de liderazgo que surjan en el trabajo.',
    modules: {
      'career-progression-pathways': {
        title: 'Rutas de progresión profesional',
        summary: 'Adónde puede llevar una carrera en ingeniería de soporte y cómo planificar la ruta a conciencia.',
        topics: {
          'the-support-engineering-career-ladder': {
            title: 'La escalera profesional de la ingeniería de soporte',
            keyPoints: {
              'individual-contributors-climb-from-junio': 'En la carrera técnica se sube de júnior a sénior, luego a staff y por último a ingeniero de soporte principal',
              'the-management-route-runs-from-team-lead': 'La ruta de gestión va de líder de equipo a gerente, director y por último vicepresidente de soporte',
              'customer-success-product-management-sale':
                'El éxito del cliente, la gestión de producto, la preventa técnica y las relaciones con desarrolladores son salidas habituales del soporte',
            },
          },
          'career-planning-and-goal-setting': {
            title: 'Planificación de carrera y objetivos',
            keyPoints: {
              'write-a-roadmap-for-your-career-with-con': 'Escribe una hoja de ruta de tu carrera con hitos y fechas concretos',
              'compare-your-skills-with-what-the-next-r': 'Compara tus habilidades con lo que pide el siguiente puesto y planifica cómo cubrir lo que falta',
              'prepare-for-performance-reviews-and-buil': 'Prepara las evaluaciones de desempeño y construye los argumentos para tu ascenso',
            },
          },
        },
      },
      'leadership-and-management-skills': {
        title: 'Habilidades de liderazgo y gestión',
        summary: 'Liderar mediante la influencia técnica, y liderar personas directamente.',
        topics: {
          'technical-leadership-development': {
            title: 'Desarrollo del liderazgo técnico',
            keyPoints: {
              'take-the-lead-on-technical-projects-and': 'Toma la iniciativa en proyectos técnicos y en iniciativas en las que participan otros equipos',
              'mentor-less-experienced-colleagues-and-h': 'Sé mentor de compañeros con menos experiencia y ayúdalos a crecer',
              'make-technical-decisions-and-have-a-say': 'Toma decisiones técnicas y haz oír tu voz en la arquitectura',
            },
          },
          'people-management-and-team-leadership': {
            title: 'Gestión de personas y liderazgo de equipos',
            keyPoints: {
              'build-a-team-manage-its-performance-and': 'Forma un equipo, gestiona su desempeño y resuelve los conflictos',
              'hire-and-onboard-well-then-keep-developi': 'Contrata e incorpora bien, y después sigue desarrollando a las personas que contrataste',
              'guide-the-organisation-through-change-an': 'Guía a la organización en los cambios y da forma a su cultura',
            },
          },
        },
      },
      'advanced-technical-skills': {
        title: 'Desarrollo de habilidades técnicas avanzadas',
        summary: 'Mantenerse al día en lo técnico: plataformas nuevas, automatización y certificaciones.',
        topics: {
          'emerging-technologies-and-industry-trends': {
            title: 'Tecnologías emergentes y tendencias del sector',
            keyPoints: {
              'understand-cloud-native-systems-microser': 'Entiende los sistemas cloud-native: microservicios y contenedores',
              'learn-where-ai-and-machine-learning-can': 'Aprende en qué puntos la IA y el aprendizaje automático pueden automatizar y mejorar el trabajo de soporte',
              'pick-up-devops-and-sre-practices-includi': 'Adopta prácticas de DevOps y SRE, incluida la infraestructura como código',
            },
          },
          'automation-and-advanced-scripting': {
            title: 'Automatización y scripting avanzado',
            keyPoints: {
              'script-the-repetitive-parts-of-support-o': 'Automatiza con scripts las partes repetitivas de la operación de soporte',
              'build-and-integrate-apis-that-connect-su': 'Construye e integra API que conecten las herramientas de soporte',
              'automate-data-analysis-and-regular-repor': 'Automatiza el análisis de datos y los informes periódicos',
            },
          },
          'professional-certifications-for-support-engineers': {
            title: 'Certificaciones profesionales para ingenieros de soporte',
            keyPoints: {
              'work-through-comptia-a-network-and-secur': 'Avanza por CompTIA A+, Network+ y Security+',
              'add-a-cloud-certification-from-aws-azure': 'Añade una certificación en la nube de AWS, Azure o Google Cloud',
              'consider-itil-for-service-management-and': 'Valora ITIL para la gestión de servicios y una credencial de gestión de proyectos',
            },
          },
        },
      },
      'professional-branding-and-networking': {
        title: 'Marca profesional y red de contactos',
        summary: 'Hacer visible tu trabajo y tejer las relaciones que abren puertas.',
        topics: {
          'building-your-professional-brand': {
            title: 'Construir tu marca profesional',
            keyPoints: {
              'keep-your-linkedin-profile-and-other-pub': 'Mantén tu perfil de LinkedIn y tus demás perfiles públicos al día y con un tono profesional',
              'write-technical-articles-and-blog-posts': 'Escribe artículos técnicos y entradas de blog para que se te conozca por lo que sabes',
              'give-talks-at-conferences-and-industry-e': 'Da charlas en conferencias y eventos del sector',
            },
          },
          'networking-and-community-engagement': {
            title: 'Red de contactos y participación en la comunidad',
            keyPoints: {
              'take-part-in-professional-communities-an': 'Participa en comunidades profesionales y, con el tiempo, ayuda a organizarlas',
              'join-mentoring-programmes-and-share-what': 'Únete a programas de mentoría y comparte lo que sabes',
              'build-relationships-across-the-industry': 'Cultiva relaciones en todo el sector de forma deliberada, no solo cuando buscas trabajo',
            },
          },
        },
      },
      'business-strategy-and-executive-skills': {
        title: 'Estrategia de negocio y habilidades directivas',
        summary: 'Las cifras, la estrategia y la comunicación que se esperan de la alta dirección.',
        topics: {
          'understanding-business-metrics-and-strategy': {
            title: 'Entender las métricas y la estrategia del negocio',
            keyPoints: {
              'learn-to-read-financial-figures-and-busi': 'Aprende a leer cifras financieras e indicadores de negocio',
              'measure-customer-success-and-the-revenue': 'Mide el éxito del cliente y el efecto del soporte en los ingresos',
              'plan-strategically-and-keep-support-alig': 'Planifica con visión estratégica y mantén el soporte alineado con la organización',
            },
          },
          'executive-communication-and-influence': {
            title: 'Comunicación e influencia ante la dirección',
            keyPoints: {
              'present-and-write-for-executives-short-c': 'Presenta y escribe para la dirección: breve, claro y ligado a resultados',
              'manage-stakeholders-and-gain-influence-a': 'Gestiona a las partes interesadas y gana influencia en toda la organización',
              'use-frameworks-for-strategic-thinking-an': 'Usa marcos para pensar y decidir de forma estratégica',
            },
          },
        },
      },
    },
  },
}
