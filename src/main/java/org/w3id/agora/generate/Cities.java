package org.w3id.agora.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * French cities around which synthetic initiatives cluster: centre (WGS 84, rounded to
 * about 100 m) and a weight close to the population in thousands, which sets both how
 * often a city is drawn and how far its area spreads. Compiled for Agora from general
 * knowledge; positions are approximate city centres.
 */
final class Cities {

	/** A city: its name, centre and weight. */
	record City(String name, double latitude, double longitude, int weight) {

		/** ASCII slug of the name, for IRIs. */
		String slug() {
			String ascii = Normalizer.normalize(this.name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		}

		/** Radius (km) of the urban area within which most initiatives fall. */
		double radiusKm() {
			return 3 + Math.sqrt(this.weight) / 3;
		}

	}

	static final List<City> ALL = List.of(new City("Paris", 48.8566, 2.3522, 2100),
			new City("Marseille", 43.2965, 5.3698, 870), new City("Lyon", 45.7640, 4.8357, 520),
			new City("Toulouse", 43.6047, 1.4442, 490), new City("Nice", 43.7102, 7.2620, 340),
			new City("Nantes", 47.2184, -1.5536, 320), new City("Montpellier", 43.6108, 3.8767, 300),
			new City("Strasbourg", 48.5734, 7.7521, 290), new City("Bordeaux", 44.8378, -0.5792, 260),
			new City("Lille", 50.6292, 3.0573, 235), new City("Rennes", 48.1173, -1.6778, 222),
			new City("Reims", 49.2583, 4.0317, 180), new City("Toulon", 43.1242, 5.9280, 178),
			new City("Saint-Étienne", 45.4397, 4.3872, 173), new City("Le Havre", 49.4944, 0.1079, 168),
			new City("Grenoble", 45.1885, 5.7245, 158), new City("Dijon", 47.3220, 5.0415, 159),
			new City("Angers", 47.4784, -0.5632, 157), new City("Nîmes", 43.8367, 4.3601, 151),
			new City("Clermont-Ferrand", 45.7772, 3.0870, 147), new City("Le Mans", 48.0061, 0.1996, 145),
			new City("Aix-en-Provence", 43.5297, 5.4474, 145), new City("Brest", 48.3904, -4.4861, 140),
			new City("Tours", 47.3941, 0.6848, 137), new City("Amiens", 49.8941, 2.2958, 134),
			new City("Limoges", 45.8336, 1.2611, 131), new City("Annecy", 45.8992, 6.1294, 131),
			new City("Perpignan", 42.6887, 2.8948, 120), new City("Metz", 49.1193, 6.1757, 118),
			new City("Besançon", 47.2378, 6.0241, 117), new City("Orléans", 47.9030, 1.9093, 116),
			new City("Rouen", 49.4432, 1.0999, 114), new City("Mulhouse", 47.7508, 7.3359, 108),
			new City("Caen", 49.1829, -0.3707, 106), new City("Nancy", 48.6921, 6.1844, 104),
			new City("Avignon", 43.9493, 4.8055, 91), new City("Poitiers", 46.5802, 0.3404, 89),
			new City("La Rochelle", 46.1603, -1.1511, 77), new City("Pau", 43.2951, -0.3708, 76),
			new City("Ajaccio", 41.9192, 8.7386, 71), new City("Quimper", 47.9960, -4.1020, 63),
			new City("Bayonne", 43.4929, -1.4748, 52));

	/** Metropolitan France (mainland and Corsica), as a latitude/longitude box. */
	static final double MIN_LATITUDE = 41.3;

	static final double MAX_LATITUDE = 51.1;

	static final double MIN_LONGITUDE = -5.2;

	static final double MAX_LONGITUDE = 9.6;

	private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(City::weight).sum();

	private Cities() {
	}

	/** The city whose cumulative weight covers {@code draw} in [0, 1). */
	static City pick(double draw) {
		int target = (int) (draw * TOTAL_WEIGHT);
		int cumulative = 0;
		for (City city : ALL) {
			cumulative += city.weight();
			if (target < cumulative) {
				return city;
			}
		}
		return ALL.get(ALL.size() - 1);
	}

	static boolean inMetropolitanFrance(double latitude, double longitude) {
		return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE && longitude >= MIN_LONGITUDE
				&& longitude <= MAX_LONGITUDE;
	}

	/** Great-circle distance in km. */
	static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2)
				+ Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
