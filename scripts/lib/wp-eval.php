<?php
// Runs PHP code, read from stdin, inside a WordPress, from the command line: the way tests prepare and inspect
// a site without going through HTTP. Usage: php wp-eval.php <wordpress root> <host:port> [install]
// With `install`, WP_INSTALLING is defined, since WordPress otherwise answers every request of a site without
// tables with a redirect to its installer and stops.
if ($argc < 3) {
    fwrite(STDERR, "usage: php wp-eval.php <wordpress root> <host:port> [install] < code.php\n");
    exit(2);
}
[, $root, $host] = $argv;
$installing = ($argv[3] ?? '') === 'install';

// WordPress builds URLs and decides about redirects from these, and warns when they are missing.
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['SERVER_NAME'] = preg_replace('/:\d+$/', '', $host);
$_SERVER['SERVER_PORT'] = preg_match('/:(\d+)$/', $host, $m) ? $m[1] : '80';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
if ($installing) define('WP_INSTALLING', true);

// WordPress's debug settings send errors to debug.log, and its own fatal error handler prints a page for a
// browser; the caller needs the reason on stderr and a failing exit code.
register_shutdown_function(function () {
    $error = error_get_last();
    if ($error && in_array($error['type'], [E_ERROR, E_PARSE, E_CORE_ERROR, E_COMPILE_ERROR, E_USER_ERROR], true)) {
        fwrite(STDERR, "PHP Fatal error: {$error['message']} in {$error['file']}:{$error['line']}\n");
    }
});

$code = stream_get_contents(STDIN);
// Accept code written as a PHP file too.
$code = preg_replace('/^\s*<\?php/', '', $code);

// Variables set at the top level of wp-settings.php are globals WordPress's functions rely on; load it here, not
// inside a function.
require rtrim($root, '/') . '/wp-load.php';

try {
    eval($code);
} catch (Throwable $e) {
    fwrite(STDERR, (string) $e . "\n");
    exit(1);
}
