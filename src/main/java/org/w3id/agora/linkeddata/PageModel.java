package org.w3id.agora.linkeddata;

import java.util.List;

/**
 * What an HTML page shows, ready for the template: every text already in the page's
 * language, every link already a path of this server or an outside IRI.
 */
public final class PageModel {

	/** A value shown on a page: a link when {@code href} is set, else text. */
	public record Value(String text, String href, String lang, String note, List<Row> nested) {

		public Value(String text, String href, String lang, String note) {
			this(text, href, lang, note, List.of());
		}

	}

	/** A property and its values. */
	public record Row(String label, String href, List<Value> values) {
	}

	/** The observations of indicators on a resource, as a table. */
	public record Table(List<String> columns, List<List<Value>> rows) {
	}

	/** A point on the map. */
	public record Point(String latitude, String longitude, String label) {

		public String osmEmbed() {
			double lat = Double.parseDouble(this.latitude);
			double lon = Double.parseDouble(this.longitude);
			double d = 0.02;
			return "https://www.openstreetmap.org/export/embed.html?bbox=" + (lon - d) + "%2C" + (lat - d) + "%2C"
					+ (lon + d) + "%2C" + (lat + d) + "&layer=mapnik&marker=" + lat + "%2C" + lon;
		}

		public String osmLink() {
			return "https://www.openstreetmap.org/?mlat=" + this.latitude + "&mlon=" + this.longitude + "#map=14/"
					+ this.latitude + "/" + this.longitude;
		}

	}

	/** Another representation of the same document. */
	public record Alternate(String label, String href, String mediaType) {
	}

	/** A named graph the statements come from. */
	public record Source(String title, String graph, String license) {
	}

	private PageModel() {
	}

}
