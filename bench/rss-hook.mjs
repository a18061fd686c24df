// Loaded with --import: reports the process's peak memory (worker threads included) at exit.
process.on('exit', () => process.stderr.write(`\nBENCH_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`));
