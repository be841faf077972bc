// Bolt's OAuth installationStore, kept in briefbot's Store so installs survive restarts.
import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { Store } from "../../src/store/index.ts";

/** The store key of an install: the enterprise id for org-wide installs, else the team id. */
export function installationKey(
  query: Pick<InstallationQuery<boolean>, "isEnterpriseInstall" | "enterpriseId" | "teamId">,
): string | undefined {
  return query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
}

/**
 * An `InstallationStore` for Bolt backed by the Store port (`saveInstallation`,
 * `installation`, `deleteInstallation`, platform "slack").
 */
export function createStoreInstallationStore(store: Store): InstallationStore {
  return {
    async storeInstallation(installation) {
      const workspace = installation.isEnterpriseInstall
        ? installation.enterprise?.id
        : installation.team?.id;
      if (!workspace) throw new Error("slack installation: neither team.id nor enterprise.id set");
      await store.saveInstallation({ platform: "slack", workspace, data: installation });
    },
    async fetchInstallation(query) {
      const workspace = installationKey(query);
      if (!workspace) throw new Error("slack installation: query has no team or enterprise id");
      const found = await store.installation("slack", workspace);
      if (!found) throw new Error(`slack installation: none for workspace ${workspace}`);
      return found.data as Installation<"v1" | "v2", boolean>;
    },
    async deleteInstallation(query) {
      const workspace = installationKey(query);
      if (workspace) await store.deleteInstallation("slack", workspace);
    },
  };
}
