package org.w3id.agora.model;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.store.GraphNames;
import org.w3id.agora.support.TestServer;
import org.w3id.agora.validation.Validator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled example data, as the server loads it: it conforms to the shapes, holds
 * every figure and every actor the domain names, keeps personal data under consent, and
 * places its places consistently.
 */
class ExampleDataTests {

	@TempDir
	static Path store;

	static TestServer server;

	@BeforeAll
	static void start() {
		server = TestServer.start(store);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void bundledData_hasNoViolation_whenValidatedWithTheOntologyAndSchemes() {
		Graph curated = Txn.calculateRead(server.dataset(), () -> {
			Graph copy = GraphFactory.createDefaultGraph();
			server.dataset().getGraph(server.bean(GraphNames.class).curated()).find().forEach(copy::add);
			return copy;
		});

		ValidationReport report = server.bean(Validator.class).validate(curated);

		List<String> violations = report.getEntries()
			.stream()
			.filter((e) -> e.severity() == Severity.Violation)
			.map((e) -> ShLib.displayStr(e.focusNode()) + " " + e.resultPath() + " " + e.message())
			.toList();
		assertThat(curated.size()).isGreaterThan(900);
		assertThat(violations).isEmpty();
		assertThat(report.getEntries()).allMatch((e) -> e.severity() == Severity.Warning);
	}

	@Test
	void bundledData_holdsEveryFigureOfTheDomainAsAnObservationWithUnitPeriodAndSource() {
		List<String[]> rows = csv("""
				PREFIX agora: <https://w3id.org/agora/ns#>
				PREFIX dcterms: <http://purl.org/dc/terms/>
				PREFIX qudt: <http://qudt.org/schema/qudt/>
				PREFIX sosa: <http://www.w3.org/ns/sosa/>
				SELECT ?observation ?indicator ?value ?unit WHERE {
				  ?observation a agora:Observation ; sosa:hasFeatureOfInterest ?feature ;
				      agora:indicator ?indicator ; agora:value ?value ; qudt:unit ?unit ;
				      agora:periodLabel ?period ; dcterms:source ?source .
				}""");
		Map<String, String> found = new HashMap<>();
		for (String[] row : rows) {
			String observation = row[0].substring(row[0].lastIndexOf('/') + 1);
			String indicator = row[1].substring(row[1].lastIndexOf('/') + 1);
			String unit = row[3].substring(row[3].lastIndexOf('/') + 1);
			found.put(observation,
					indicator + " " + new BigDecimal(row[2]).stripTrailingZeros().toPlainString() + " " + unit);
		}
		assertThat(found).containsEntry("partons-du-bon-pied-adherents", "members 143 NUM")
			.containsEntry("partons-du-bon-pied-heures", "volunteer-hours 654 HR")
			.containsEntry("partons-du-bon-pied-km", "length-cleaned 12 KiloM")
			.containsEntry("partons-du-bon-pied-dechets-2017", "waste-collected 14 TONNE")
			.containsEntry("partons-du-bon-pied-jours-2017", "action-days 12 DAY")
			.containsEntry("partons-du-bon-pied-dechets-total", "waste-collected 23 TONNE")
			.containsEntry("media-videos", "videos 1089 NUM")
			.containsEntry("media-entretiens", "interviews 600 NUM")
			.containsEntry("media-initiatives-reperees", "initiatives-identified 400 NUM")
			.containsEntry("media-vues", "views 24000000 NUM")
			.containsEntry("plateforme-actions", "located-actions 655 NUM")
			.containsEntry("plateforme-idees", "ideas 94 NUM")
			.containsEntry("plateforme-outils", "tools 305 NUM")
			.containsEntry("lanceur-d-avenir-pionniers", "pioneers 100 NUM")
			.containsEntry("ecosysteme-membres", "members 12 NUM")
			.containsEntry("ecosysteme-colleges", "colleges 6 NUM")
			.containsEntry("lumo-solaire-fonds", "funds-raised 360000 CCY_EUR")
			.containsEntry("jeannette-fonds", "funds-raised 430000 CCY_EUR")
			.containsEntry("jeannette-contributeurs", "contributors 2000 NUM")
			.containsEntry("jeannette-emplois", "jobs 18 NUM");
		assertThat(csv("""
				PREFIX org: <http://www.w3.org/ns/org#>
				SELECT ?college WHERE { ?college org:unitOf ?scic . ?scic a <https://w3id.org/agora/ns#SCIC> }"""))
			.hasSize(6);
	}

	@Test
	void bundledData_namesEveryInitiativeAndOrganisationOfTheDomain() {
		List<String> labels = csv("""
				PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
				SELECT ?label WHERE { ?s rdfs:label ?label . FILTER (lang(?label) = "fr") }""").stream()
			.map((row) -> row[0])
			.toList();
		assertThat(labels).contains("Partons du bon pied", "Lumo", "Biscuiterie Jeannette", "Mouvement Colibris",
				"Zero Waste France", "initiativesETcité",
				"Plateforme participative des initiatives positives des Bauges",
				"Festival citoyen de la place de Clichy", "On Passe à l'Acte Écosystème", "Média On passe à l'acte",
				"Place à l'acte", "Lanceur d'avenir", "SITI", "Communecter", "Collectif Coop'Cités", "Ulterïa",
				"Goodtrack", "Parc naturel régional du Massif des Bauges", "Human for Impact", "Ecocert",
				"LABE — laboratoire de l'engagement", "Assemblée Virtuelle", "Archipels en Symbiose", "Bien Sur Terre",
				"Knet Partage", "Repair Cafés", "Groupes locaux Zero Waste",
				"Première coopérative d'activités et d'emploi (Lyon, 1995)");
	}

	@Test
	void bundledData_publishesPersonalDataOnlyUnderAConsentInForce() {
		List<String[]> rows = csv("""
				PREFIX agora: <https://w3id.org/agora/ns#>
				SELECT ?person ?property ?consented WHERE {
				  ?person a agora:Person ; ?property ?value . ?property a agora:PersonalDataProperty .
				  BIND (EXISTS { ?person agora:consent ?c . ?c agora:consentScope agora:PublicationOfContactData .
				                 FILTER NOT EXISTS { ?c agora:withdrawnOn ?w } } AS ?consented)
				}""");
		assertThat(rows).isNotEmpty().allMatch((row) -> row[2].equals("true"));
		assertThat(csv("""
				PREFIX agora: <https://w3id.org/agora/ns#>
				SELECT ?c WHERE { ?p agora:consent ?c . ?c agora:withdrawnOn ?w }""")).hasSize(1);
	}

	@Test
	void everyPlace_hasDecimalCoordinatesAndAMatchingGeoSparqlPoint() {
		List<String[]> rows = csv("""
				PREFIX agora: <https://w3id.org/agora/ns#>
				PREFIX geo: <http://www.opengis.net/ont/geosparql#>
				PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
				PREFIX schema: <http://schema.org/>
				PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
				SELECT ?place ?lat ?lon ?wkt WHERE {
				  ?place a/rdfs:subClassOf* agora:Place ; schema:latitude ?lat ; schema:longitude ?lon ;
				         geo:hasGeometry/geo:asWKT ?wkt .
				  FILTER (datatype(?lat) = xsd:decimal && datatype(?lon) = xsd:decimal)
				}""");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
		List<String> mismatches = new ArrayList<>();
		for (String[] row : rows) {
			Matcher point = Pattern.compile("POINT\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)").matcher(row[3]);
			boolean matches = point.matches() && new BigDecimal(point.group(1)).compareTo(new BigDecimal(row[2])) == 0
					&& new BigDecimal(point.group(2)).compareTo(new BigDecimal(row[1])) == 0;
			if (!matches) {
				mismatches.add(row[0] + ": " + row[3] + " vs lat " + row[1] + ", long " + row[2]);
			}
		}
		assertThat(mismatches).isEmpty();
	}

	/** Rows of a SELECT through the real /sparql endpoint, as CSV, header dropped. */
	private static List<String[]> csv(String query) {
		HttpResponse<String> response = server.send(server.formPost("/sparql", "query", query, "text/csv"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body()
			.replace("\r\n", "\n")
			.lines()
			.skip(1)
			.map((line) -> line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
			.map((cells) -> {
				for (int i = 0; i < cells.length; i++) {
					cells[i] = cells[i].replaceAll("^\"|\"$", "").replace("\"\"", "\"");
				}
				return cells;
			})
			.toList();
	}

}
