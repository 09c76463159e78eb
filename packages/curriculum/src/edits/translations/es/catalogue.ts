/** Tracks, certifications and degrees in Spanish. Credentials keep their own names (see `keptInEnglish`). */
import type {StructuredTranslations} from '../shape.ts'

export const catalogue: StructuredTranslations = {
  'track-alternative-careers': {
    title: 'Carreras alternativas',
    summary:
      'Trabajos fuera del soporte a los que su experiencia da acceso: éxito del cliente, gestión de producto, preventa técnica y relaciones con desarrolladores. Cada uno es un destino en sí mismo, al que se llega de lado desde un puesto sénior de soporte, no un peldaño de una misma escalera.',
  },
  'track-it-support': {
    title: 'Soporte de TI: de técnico a CIO',
    summary:
      'La escalera clásica del soporte de TI: técnico de mesa de ayuda, técnico sénior, líder de soporte técnico (también llamado supervisor), gerente de soporte de TI, director de soporte de TI y, en lo más alto, un puesto de CIO o CTO. Desde ella salen rutas laterales hacia sistemas, redes, especialidades e ingeniería de soporte.',
  },
  'track-specialist-roles': {
    title: 'Puestos especializados y de entrada',
    summary:
      'Puestos situados junto a las escaleras principales: analistas de soporte y de TI para empezar, administradores de sistemas e ingenieros de redes en el nivel intermedio, y expertos en la materia. Se llega a ellos desde la mesa de ayuda y desde ellos se avanza hacia puestos de liderazgo y gestión.',
  },
  'track-support-engineering-ic': {
    title: 'Ingeniería de soporte (carrera técnica)',
    summary:
      'La escalera de quienes crecen profundizando en lo técnico en lugar de dirigir personas: ingeniero de soporte júnior, luego sénior, staff y, por último, principal.',
  },
  'track-support-management': {
    title: 'Gestión de soporte',
    summary:
      'La escalera de liderazgo de personas en una organización de soporte: desde dirigir un solo equipo, pasando por gestionar y dirigir el soporte, hasta la vicepresidencia que responde de él.',
  },
  'track-support-specialist': {
    title: 'Especialista de soporte',
    summary:
      'Una escalera corta para especialistas de soporte a usuarios: tras unos años, el especialista sénior asume los casos más difíciles y empieza a supervisar equipos pequeños, un trampolín habitual hacia la supervisión.',
  },

  'cert-aws-certification': {
    title: 'Certificación de AWS',
    summary:
      'El programa de certificación en la nube de Amazon, desde un examen básico de Cloud Practitioner, pasando por los niveles Associate y Professional, hasta los exámenes de especialidad. Aquí figura en el nivel Associate, el primer objetivo de la mayoría de los ingenieros de soporte.',
  },
  'cert-cisco-ccna': {
    summary:
      'La certificación de redes de nivel Associate de Cisco: instalar, configurar y diagnosticar redes conmutadas y enrutadas. Útil para cualquiera que monte o repare redes en un puesto de soporte.',
  },
  'cert-comptia-a-plus': {
    summary:
      'La primera certificación más conocida del soporte de TI. Acredita que sabes instalar, mantener y reparar PC, dispositivos móviles, sistemas operativos y redes pequeñas, y es a menudo la credencial que las empresas piden en la mesa de ayuda.',
  },
  'cert-comptia-network-plus': {
    summary:
      'Una certificación de redes independiente de fabricantes que sigue a A+ en la hoja de ruta de CompTIA: diseño, configuración, operación y diagnóstico de redes.',
  },
  'cert-comptia-security-plus': {
    summary:
      'Una certificación de seguridad básica e independiente de fabricantes: amenazas, arquitectura segura, identidad y acceso, y respuesta a incidentes. Suele ser el paso siguiente a Network+.',
  },
  'cert-google-cloud-certifications': {
    title: 'Certificaciones de Google Cloud (GCP)',
    summary:
      'Las certificaciones de Google para su plataforma en la nube, en los niveles Foundational, Associate y Professional. Aquí figuran en el nivel Associate, que cubre el despliegue y la operación de cargas de trabajo.',
  },
  'cert-it-support-professional-certificate': {
    title: 'Certificado profesional de soporte de TI',
    summary:
      'Un certificado en línea para principiantes, a tu ritmo, que cubre diagnóstico de averías, redes, sistemas operativos, administración de sistemas y seguridad. La fuente solo nombra Coursera como plataforma; allí el programa más conocido con ese nombre es el de Google, que es el enlazado.',
  },
  'cert-itil-foundation': {
    summary:
      'La certificación de entrada de ITIL, el marco más extendido para la gestión de servicios de TI. Enseña el vocabulario y las prácticas para llevar el soporte como un servicio, y se valora en puestos de supervisión y gerencia.',
  },
  'cert-microsoft-azure-certifications': {
    title: 'Certificaciones de Microsoft Azure',
    summary:
      'Las credenciales por rol de Microsoft para su nube Azure, de Fundamentals a Associate y Expert. Aquí figuran en el nivel Associate, el objetivo habitual de quien da soporte a cargas de trabajo en Azure.',
  },
  'cert-microsoft-mcitp': {
    summary:
      'Una familia de certificaciones por puesto (administrador de servidores, de empresa y de bases de datos, entre otros) sobre productos antiguos de Microsoft. La fuente sobre el líder de soporte aún la recomienda, pero Microsoft la retiró por etapas y ofreció a sus titulares pasar al MCSE, retirado a su vez en 2021. Hoy conviene obtener las certificaciones de Microsoft basadas en roles.',
  },
  'cert-microsoft-mcse': {
    summary:
      'La credencial de nivel experto de Microsoft para crear y operar soluciones con sus tecnologías de servidor, datos y productividad. La fuente sobre crecimiento la recomienda, pero Microsoft la retiró el 31 de enero de 2021 en favor de sus certificaciones basadas en roles, que son las que conviene obtener en su lugar.',
  },
  'cert-microsoft-role-based-certifications': {
    title: 'Certificaciones de Microsoft basadas en roles',
    summary:
      'Las certificaciones actuales de Microsoft, con nombre de puesto (administrador, ingeniero, desarrollador), para Azure, Microsoft 365 y sus demás productos, en los niveles Fundamentals, Associate y Expert. Sustituyeron al MCSE en 2021; ninguna fuente las nombra, y las incluimos como alternativa a las credenciales retiradas de Microsoft que recomiendan las fuentes.',
  },
  'cert-pmp': {
    summary:
      'La certificación estrella del PMI en gestión de proyectos. Exige experiencia documentada en proyectos y es una señal habitual de que alguien está listo para puestos de gestión en TI.',
  },

  'degree-bachelors-computer-science': {
    title: 'Grado en informática, tecnologías de la información o un campo afín',
    summary:
      'El punto de partida académico habitual en una carrera de soporte de TI, y a menudo un requisito para puestos de gestión. Una especialización ayuda a destacar: ciberseguridad, sistemas de información o administración de redes.',
  },
  'degree-masters-information-technology': {
    title: 'Máster en tecnologías de la información',
    summary: 'Un posgrado para quien quiere avanzar más rápido hacia el liderazgo: amplía la base técnica y añade gestión de TI.',
  },
  'degree-mba-it-management': {
    title: 'MBA con orientación a TI o gestión de la tecnología',
    summary:
      'Un título de empresa centrado en sistemas de información o gestión de la tecnología. Da la base de finanzas, estrategia y liderazgo que se espera de gerentes, directores y ejecutivos.',
  },
}
