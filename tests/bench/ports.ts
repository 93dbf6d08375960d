/** Ports the benchmarks listen on (loopback only); BENCH_PORT and BENCH_NGINX_PORT move them. */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3200);
export const BENCH_NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? 8200);
