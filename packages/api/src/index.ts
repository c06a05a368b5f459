export { createApi, maskError, type Api, type ApiOptions, type ServerContext } from './yoga.js';
export { DEFAULT_MAX_BODY_BYTES } from './config.js';
export { createHttpServer, type HttpServer, type HttpServerOptions } from './http.js';
export { openStore, migrate, DataDirInUseError, type Store, type StoreOptions, type Queryable, type Row } from './store/index.js';
export { publishDirectory, type ClinicSummary } from './startup.js';
export { createToken, verifyToken } from './tokens.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export { schema, printSdl } from './schema/index.js';
export { main } from './cli.js';
