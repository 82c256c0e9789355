/** Where page models and run records are kept between runs (`cacheDir`, `--cache-dir`): relative
 *  to the working directory, or to the config file that names (or implies) it. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/doc2ts'
