/** The handler serving each route of a generated `server/routes.ts`, by `METHOD /path as documented`. */
export function servedRoutes(routesText: string): Record<string, string> {
  const served: Record<string, string> = {}
  // Each route is a line `  "<JSON as a string literal>",`.
  for (const [, literal] of routesText.matchAll(/^ {2}("\{\\"operation.*"),$/gm)) {
    const route = JSON.parse(JSON.parse(literal ?? '""')) as {
      operation: string
      method: string
      path: string
    }
    served[`${route.method} ${route.path}`] = route.operation
  }
  return served
}
