// The topology reader (topology/TopologyReader.h) on any bytes: Get-CsTopology
// -AsXml and Topology Builder .tbxml, UTF-8 or UTF-16. What reads a topology
// that parsed (the catalog, the plan made from it, the server profiles) runs
// too, as `lync-backup catalog` and the recovery wizard would.

#include "FuzzSupport.h"

#include "recovery/ServerProfile.h"
#include "topology/Catalog.h"
#include "topology/TopologyReader.h"

using namespace lbw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Result<Topology> topology = readTopology(fuzzBytes(data, size));
    if (!topology) {
        LBW_FUZZ_CHECK(!topology.errorMessage().isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }
    const QList<CatalogItem> catalog = buildCatalog(*topology);
    for (const CatalogItem &item : catalog)
        (void)item.toJson();
    const BackupPlan plan = planFromCatalog(catalog, QStringLiteral("/backups"), QStringLiteral("fuzz"));
    (void)plan.problems();
    for (const QString &fqdn : topologyMachines(*topology))
        (void)profileServer(*topology, fqdn);
    return 0;
}
