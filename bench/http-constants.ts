/** Credentials shared by the HTTP benchmark's servers and its load generator (loopback only). */
export const BENCH_SECRET = "benchsigningsecret0123456789";
export const BENCH_TOKEN = "xoxb-bench-token";
