/**
 * What a listed technology implies: someone who lists PostgreSQL writes SQL, someone who lists
 * Next.js knows React, someone who built on Stripe has done payments work. The engine answers
 * "can he write SQL?" with "yes — through PostgreSQL and MySQL" instead of a false "no".
 *
 * Each row: the implied skill, other names people use for it, and the technologies that imply
 * it (by their vocabulary names). A skill missing from the vocabulary (payments, containers) is
 * added to the engine's words from here.
 */
export interface Implication {
  name: string;
  aliases: readonly string[];
  impliedBy: readonly string[];
}

type Row = readonly [name: string, aliases: string, impliedBy: string];

const ROWS: readonly Row[] = [
  [
    'SQL',
    'structured query language',
    'PostgreSQL|MySQL|MariaDB|SQLite|Microsoft SQL Server|Oracle Database|CockroachDB|TimescaleDB|ClickHouse|BigQuery|Redshift|Snowflake|Supabase|pgvector|Amazon RDS|dbt',
  ],
  [
    'React',
    '',
    'Next.js|React Native|Redux|Remix|Gatsby|Hydrogen|Material UI|Chakra UI|Radix UI|React Testing Library',
  ],
  ['Vue', '', 'Nuxt'],
  // "ARM Cortex-M experience?" for someone who lists STM32 or Nordic chips: every one is one.
  [
    'ARM Cortex-M',
    'cortex-m|cortex m|arm cortex|arm microcontrollers|arm mcus|arm mcu',
    'STM32|nRF52|nRF91|RP2040',
  ],
  // "any cheminformatics tools?" for an RDKit user.
  ['Cheminformatics', 'chemoinformatics|chemical informatics', 'RDKit|Open Babel'],
  [
    'Molecular dynamics',
    'md simulations|molecular dynamics simulations|molecular simulation',
    'OpenMM|GROMACS|LAMMPS|AMBER|PLUMED|MDAnalysis',
  ],
  ['Agile', 'agile methodology|agile methodologies', 'Scrum|Kanban'],
  [
    'Dashboards',
    'dashboard|dashboarding',
    'Shiny|Power BI|Tableau|Looker|Metabase|Apache Superset|Grafana',
  ],
  ['Debugger', 'debuggers', 'TRACE32|GDB|LLDB|WinDbg'],
  ['Parallel computing', 'parallel programming|parallel processing', 'MPI|OpenMP|CUDA'],
  ['Medical coding dictionaries', 'coding dictionaries|coding dictionary', 'MedDRA|WHODrug'],
  [
    'Functional programming',
    'fp|functional languages',
    'Elixir|Erlang|Haskell|Clojure|F#|OCaml|Elm|PureScript|Gleam|Scala',
  ],
  [
    'JavaScript',
    'js|ecmascript',
    'TypeScript|Node.js|React|Vue|Angular|Svelte|Next.js|Nuxt|Deno|Bun|Express|NestJS|jQuery|React Native|Lightning Web Components|Aura|SAPUI5|D3.js|Three.js|ethers.js',
  ],
  ['Node.js', '', 'Express|NestJS|Fastify|Hono'],
  ['Service mesh', 'service meshes', 'Istio|Linkerd'],
  [
    'Payments',
    'payment|payment processing|payments work|billing|checkout|subscription billing',
    'Stripe|PayPal',
  ],
  [
    'CI/CD',
    '',
    'GitHub Actions|GitLab CI|Jenkins|CircleCI|Travis CI|Argo CD|Buildkite|Azure DevOps|TeamCity|Bamboo|Bitbucket Pipelines|Tekton|Octopus Deploy',
  ],
  ['Render farm', 'render farms|render management|render wrangling', 'Deadline|OpenCue'],
  [
    'Packet analysis',
    'packet capture|packet capture analysis|pcap analysis|packet sniffing|network traffic analysis',
    'Wireshark|tcpdump',
  ],
  [
    'Containers',
    'container|containerisation|containerization|containerized|containerised',
    'Docker|Docker Compose|Docker Swarm|Kubernetes|Podman|OpenShift|Amazon EKS|Google GKE|Azure AKS|Apptainer',
  ],
  ['FPGA', 'fpgas', 'Xilinx Zynq|Vivado|Quartus'],
  ['AMBA', 'amba bus|amba protocols', 'AXI|APB|AHB'],
  ['SIMD', 'vectorization|vectorisation|vectorized code|intrinsics', 'AVX|SSE|Arm NEON'],
  ['Kubernetes', '', 'Amazon EKS|Google GKE|Azure AKS|Helm|OpenShift|Karpenter'],
  // Kubernetes is run through its command line; Compose and Swarm are Docker's own tools.
  ['kubectl', '', 'Kubernetes|Amazon EKS|Google GKE|Azure AKS|OpenShift'],
  ['Docker', '', 'Docker Compose|Docker Swarm'],
  ['Data warehouse', '', 'Snowflake|BigQuery|Redshift|Azure Synapse'],
  ['GitOps', '', 'Argo CD|Flux'],
  ['NLP', '', 'spaCy|Hugging Face|NLTK|Gensim|MeCab|SudachiPy'],
  [
    'AWS',
    '',
    'Amazon SQS|DynamoDB|Redshift|Amazon EKS|Amazon RDS|Amazon SageMaker|AWS Lambda|Amazon S3|Amazon EC2|AWS CloudFormation|AWS CDK|AWS Glue|Amazon Kinesis|AWS Secrets Manager',
  ],
  [
    'Azure',
    '',
    'Azure AKS|Azure Synapse|Azure Data Factory|Azure Event Hubs|Microsoft Sentinel|Azure Key Vault|Microsoft Entra ID',
  ],
  ['GCP', '', 'BigQuery|Google GKE|Vertex AI|Google Pub/Sub|Google Cloud Run'],
  [
    'Python',
    '',
    'Django|Django REST Framework|Flask|FastAPI|pandas|NumPy|PyTorch|TensorFlow|scikit-learn|pytest|SQLAlchemy|Celery|Polars|Apache Airflow|LangChain|LlamaIndex|spaCy|Streamlit',
  ],
  ['Java', '', 'Spring|Spring Boot|Hibernate|JUnit|RxJava'],
  ['R', '', 'tidyverse|ggplot2|dplyr|Shiny|RStudio'],
  ['Bayesian statistics', '', 'PyMC|Stan'],
  ['Web Components', '', 'Stencil|Lit'],
  ['Middleware', 'integration middleware|enterprise integration|esb', 'SAP PI/PO|MuleSoft|IDoc'],
  [
    'Blockchain',
    'web3|smart contracts|smart contract',
    'Solidity|Ethereum|Hardhat|Foundry|OpenZeppelin|Solana|Polkadot|Hyperledger',
  ],
  [
    'Consoles',
    'console|game consoles|console games|console development',
    'PlayStation|Xbox|Nintendo Switch',
  ],
  ['Ruby', '', 'Ruby on Rails|Sidekiq'],
  ['PHP', '', 'Laravel|Symfony'],
  ['Go', '', 'Gin|Fiber|Echo|Chi|Gorilla Mux|GORM|sqlc|Cobra|Goroutines'],
  ['Rust', '', 'Actix|Axum'],
  ['C#', '', 'ASP.NET|.NET|Entity Framework'],
  ['Swift', '', 'SwiftUI'],
  ['Kotlin', '', 'Jetpack Compose|Kotlin Multiplatform|Kotlin Coroutines|Koin|Ktor|SQLDelight'],
  ['Dependency injection', 'di|dependency-injection|ioc|inversion of control', 'Dagger|Hilt|Koin'],
  ['Android', '', 'Jetpack Compose|Kotlin Coroutines|Retrofit|Room|Hilt|Android Studio'],
  ['iOS', '', 'SwiftUI|Xcode|CocoaPods'],
  ['Game development', '', 'Unity|Unreal Engine|Godot'],
  [
    'Cross-platform mobile',
    // Not "cross-platform" alone: "cross-platform terminal enhancements" are no mobile work.
    'cross-platform mobile|cross platform mobile|cross-platform apps|cross-platform app',
    'Flutter|React Native|Xamarin|Ionic|Kotlin Multiplatform|.NET MAUI',
  ],
  ['Dart', '', 'Flutter'],
  [
    'Machine learning',
    '',
    'PyTorch|TensorFlow|scikit-learn|XGBoost|LightGBM|MLflow|Kubeflow|Amazon SageMaker|Vertex AI|Hugging Face|LLMs|NLP|Computer vision|Recommender systems|MLOps|Learning to Rank',
  ],
  ['LLMs', '', 'LangChain|LlamaIndex|RAG'],
  ['Gradient boosting', 'boosted trees|gbdt|gbm', 'XGBoost|LightGBM|CatBoost'],
  ['Distributed tracing', '', 'OpenTelemetry|Jaeger|Zipkin|Tempo|Honeycomb'],
  [
    'Observability',
    'monitoring',
    'OpenTelemetry|Prometheus|Grafana|Datadog|New Relic|Sentry|Jaeger|Distributed tracing|Honeycomb|Thanos|ELK Stack|Loki|Splunk',
  ],
  [
    'Infrastructure as code',
    'iac|infra as code|infrastructure-as-code',
    'Terraform|Pulumi|Ansible',
  ],
  [
    'Unit testing',
    'automated testing',
    // Test-driven development is writing the unit tests first.
    'Jest|Vitest|pytest|JUnit|RSpec|Minitest|ExUnit|Mocha|TestNG|NUnit|xUnit|PHPUnit|GoogleTest|Catch2|XCTest|Kotest|Jasmine|Mockito|Testify|unittest|Test-driven development',
  ],
  [
    'Behavior-driven development',
    'bdd|behaviour driven development|behavior driven development',
    'Cucumber|Gherkin|SpecFlow|Behave',
  ],
  ['End-to-end testing', 'e2e testing|e2e tests|end to end testing', 'Cypress|Playwright|Selenium'],
  ['Performance testing', 'load testing|perf testing|load tests', 'JMeter|k6'],
  ['API testing', 'api tests', 'REST Assured|Postman|Pact|WireMock'],
  [
    'Testing',
    'software testing|test automation|tests|writing tests',
    'Unit testing|Behavior-driven development|End-to-end testing|Performance testing|API testing|React Testing Library|Chromatic',
  ],
  ['Caching', 'cache|caching layer', 'Redis|Memcached'],
  [
    'E-commerce',
    'ecommerce|e commerce|online store|online shop|webshop',
    'Shopify|WooCommerce|Magento|BigCommerce|Salesforce Commerce Cloud',
  ],
  ['Email marketing', 'email automation|marketing automation', 'Klaviyo|Mailchimp|HubSpot'],
  ['High-performance computing', 'hpc|high performance computing', 'Slurm|MPI|OpenMP'],
  [
    'Physics simulation',
    'physics simulators|physics engine|physics sim',
    'MuJoCo|Isaac Sim|PyBullet|PhysX',
  ],
  ['Motion planning', 'motion planners|trajectory planning', 'MoveIt|OMPL'],
  ['Robotics', 'robots', 'ROS|MoveIt|Isaac Sim|MuJoCo'],
  ['PLC programming', 'plc|plcs', 'Siemens S7|TIA Portal|TwinCAT|CODESYS|Allen-Bradley'],
  [
    'CMS',
    'content management',
    'WordPress|Drupal|Contentful|Strapi|Sanity|Joomla|TYPO3|Sitecore|Adobe Experience Manager|Umbraco|Craft CMS|Ghost|Payload CMS|Directus',
  ],
  ['CSS', '', 'Tailwind CSS|Sass|Bootstrap'],
  [
    'Animation',
    'animations|motion design|web animation|motion graphics|ui animation',
    'GSAP|Lottie|Rive|Framer Motion|Adobe After Effects',
  ],
  ['HTML', '', 'React|Vue|Angular|Svelte|Next.js'],
  ['Git', 'version control', 'GitHub Actions|GitLab CI|abapGit'],
  ['REST', '', 'OpenAPI|FastAPI|Django REST Framework'],
  ['Messaging', 'message queues|message broker', 'Kafka|RabbitMQ|NATS|Amazon SQS|Google Pub/Sub'],
  ['Linux', '', 'Kali Linux|Red Hat Enterprise Linux|Yocto|Buildroot'],
  // "embedded linux experience?" for someone who builds Yocto images.
  ['Embedded Linux', 'embedded-linux', 'Yocto|Buildroot'],
  // "bluetooth experience?" for someone who ships BLE firmware.
  ['Bluetooth', '', 'Bluetooth Low Energy'],
  [
    'Salesforce',
    '',
    'Apex|SOQL|Lightning Web Components|Visualforce|Salesforce DX|OmniStudio|Sales Cloud|Service Cloud|Experience Cloud|Marketing Cloud',
  ],
  [
    'Assistive technology',
    'assistive tech|assistive technologies|screen reader|screen readers',
    'NVDA|JAWS|VoiceOver|TalkBack',
  ],
  [
    'Accessibility',
    // "making sites accessible": the practice, said of what is made accessible.
    'a11y|web accessibility|accessible sites|accessible site|sites accessible|site accessible|accessible apps|accessible app|apps accessible|app accessible|accessible websites|websites accessible|accessible web|accessible products',
    'WCAG|ARIA|axe-core|Pa11y|NVDA|JAWS|VoiceOver|TalkBack',
  ],
  [
    'GPU programming',
    'graphics programming|gpu compute|gpu computing|gpu code|gpu kernels|gpu kernel|low-level gpu',
    'CUDA|OpenCL|Vulkan|Metal|OpenGL|DirectX|WebGPU|WebGL|OptiX|Shaders',
  ],
  ['Ray tracing', '', 'OptiX'],
  // "can he write shaders?" for someone who lists HLSL and GLSL.
  ['Shaders', '', 'HLSL|GLSL'],
  [
    'Secrets management',
    'secret management|secrets handling|managing secrets',
    'Vault|Azure Key Vault|AWS Secrets Manager|Google Secret Manager',
  ],
  [
    'Build systems',
    'build system|build tools|build tooling',
    'CMake|Bazel|Meson|Ninja|GNU Make|Gradle|Maven',
  ],
];

export const IMPLICATIONS: readonly Implication[] = ROWS.map(([name, aliases, from]) => ({
  name,
  aliases: aliases ? aliases.split('|') : [],
  impliedBy: from.split('|'),
}));

// By name and by every other name: "IaC" is infrastructure as code.
const byName = new Map<string, Implication>(
  IMPLICATIONS.flatMap((i) => [i.name, ...i.aliases].map((n) => [n.toLowerCase(), i] as const)),
);

/**
 * The technologies that imply `name`, directly or through another implied one (Next.js implies
 * React, which implies JavaScript), without `name` itself.
 */
export function implyingTechnologies(name: string): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    for (const child of byName.get(current.toLowerCase())?.impliedBy ?? []) {
      if (child.toLowerCase() === name.toLowerCase() || out.includes(child)) continue;
      out.push(child);
      visit(child);
    }
  };
  visit(name);
  return out;
}
