package org.w3id.agora.dumps;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * The catalogue as a page for people, French first with English alongside: what the files
 * are, how to download, resume and check them, the licence and attribution, and the
 * privacy rule. Server-rendered, no script.
 */
final class CataloguePage {

	private final CatalogueDescription description;

	CataloguePage(CatalogueDescription description) {
		this.description = description;
	}

	String render(List<Manifest> versions) {
		StringBuilder html = new StringBuilder(8192);
		html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>Données ouvertes d'Agora — Agora open data</title>\n")
			.append("<link rel=\"alternate\" type=\"text/turtle\" href=\"/dumps\">\n")
			.append("<style>body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}")
			.append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}")
			.append("code{font-size:.85em;word-break:break-all}[lang=en]{color:#555}</style>\n</head>\n<body>\n");
		html.append("<h1>Données ouvertes d'Agora <small lang=\"en\">/ Agora open data</small></h1>\n");
		html.append("<p>Le graphe de connaissances des solutions citoyennes, en entier, dans cinq syntaxes RDF ")
			.append("compressées (gzip), sous licence ")
			.append("<a rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\">CC BY-SA 4.0</a>.</p>\n")
			.append("<p lang=\"en\">The whole knowledge graph of citizen solutions, in five gzipped RDF syntaxes, ")
			.append("under the CC BY-SA 4.0 licence.</p>\n");
		html.append("<p>Attribution à reprendre <span lang=\"en\">(attribution to reuse)</span> : <q>")
			.append(escape(CatalogueDescription.ATTRIBUTION))
			.append("</q></p>\n");
		html.append("<p><strong>Vie privée.</strong> ")
			.append(escape(CatalogueDescription.PRIVACY_FR))
			.append("<br><span lang=\"en\"><strong>Privacy.</strong> ")
			.append(escape(CatalogueDescription.PRIVACY_EN))
			.append("</span></p>\n");
		html.append("<p>Point d'accès SPARQL <span lang=\"en\">(SPARQL endpoint)</span> : <a href=\"/sparql\">")
			.append(escape(this.description.sparqlIri()))
			.append("</a> — description VoID : <a href=\"/.well-known/void\">/.well-known/void</a></p>\n");
		if (versions.isEmpty()) {
			html.append(
					"<p>Aucun fichier n'a encore été produit. <span lang=\"en\">No dump has been made yet.</span></p>\n");
		}
		else {
			Manifest latest = versions.get(0);
			html.append("<h2>Version ")
				.append(escape(latest.version()))
				.append("</h2>\n<p>Instantané du <span lang=\"en\">(snapshot of)</span> ")
				.append(escape(latest.created()))
				.append(String.format(Locale.ROOT,
						" — %,d triplets distincts <span lang=\"en\">(distinct triples)</span>, ",
						latest.unionTriples()))
				.append(String.format(Locale.ROOT, "%,d quads.</p>\n", latest.quads()));
			table(html, latest);
			html.append(
					"<h2>Télécharger, reprendre, vérifier <small lang=\"en\">/ download, resume, check</small></h2>\n")
				.append("<pre>curl -LO ")
				.append(escape(this.description.catalogueIri()))
				.append("/latest/agora.nq.gz\ncurl -L -C - -O ")
				.append(escape(this.description.catalogueIri()))
				.append("/latest/agora.nq.gz   # reprise / resume\nsha256sum agora.nq.gz</pre>\n");
			if (versions.size() > 1) {
				html.append("<h2>Versions précédentes <small lang=\"en\">/ previous versions</small></h2>\n<ul>\n");
				for (Manifest older : versions.subList(1, versions.size())) {
					html.append("<li>").append(escape(older.version())).append(": ");
					for (Manifest.Entry entry : older.files()) {
						html.append("<a href=\"/dumps/")
							.append(escape(older.version()))
							.append('/')
							.append(escape(entry.name()))
							.append("\">")
							.append(escape(entry.name()))
							.append("</a> ");
					}
					html.append("</li>\n");
				}
				html.append("</ul>\n");
			}
		}
		html.append("<p>Ce catalogue en RDF (DCAT 3) <span lang=\"en\">(this catalogue as RDF)</span> : ")
			.append("<code>curl -H 'Accept: text/turtle' ")
			.append(escape(this.description.catalogueIri()))
			.append("</code></p>\n</body>\n</html>\n");
		return html.toString();
	}

	private void table(StringBuilder html, Manifest manifest) {
		html.append(
				"<table>\n<tr><th>fichier <span lang=\"en\">file</span></th><th>contenu <span lang=\"en\">content</span></th>")
			.append("<th>licence</th><th>octets <span lang=\"en\">bytes</span></th><th>triplets <span lang=\"en\">triples</span></th>")
			.append("<th>SHA-256</th></tr>\n");
		for (Manifest.Entry entry : manifest.files()) {
			String content = (entry.graph() != null)
					? ((entry.titleFr() != null) ? entry.titleFr() : "") + " <code>" + escape(entry.graph()) + "</code>"
					: (entry.union() ? "union des graphes <span lang=\"en\">(union of the graphs)</span>"
							: "tous les graphes nommés <span lang=\"en\">(all named graphs)</span>");
			html.append("<tr><td><a href=\"/dumps/")
				.append(escape(manifest.version()))
				.append('/')
				.append(escape(entry.name()))
				.append("\">")
				.append(escape(entry.name()))
				.append("</a> (")
				.append(escape(entry.format()))
				.append(")</td><td>")
				.append(content)
				.append("</td><td><a href=\"")
				.append(escape(entry.license()))
				.append("\">")
				.append(escape(entry.license()))
				.append("</a></td><td>")
				.append(entry.bytes())
				.append("</td><td>")
				.append(entry.triples())
				.append("</td><td><code>")
				.append(entry.sha256())
				.append("</code></td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
