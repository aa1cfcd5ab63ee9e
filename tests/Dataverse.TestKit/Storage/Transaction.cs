using System;
using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Storage
{
    /// <summary>
    /// The database transaction of one top-level request: an undo journal of every row written while it is open,
    /// whichever service (caller's or SYSTEM) wrote it. Dataverse runs a custom API's main operation (stage 30) and
    /// every nested call inside one transaction and rolls all of it back when the plug-in fails.
    /// </summary>
    internal sealed class Transaction
    {
        private readonly List<Action> undo = new List<Action>();

        /// <summary>
        /// The fault of a nested call that failed inside this transaction. The platform rolls the transaction back at that
        /// moment ("any error in a data operation will cause the entire data transaction being processed to fail. You cannot
        /// simply ignore the error in a try/catch", Dataverse security-model docs), so later calls cannot succeed.
        /// </summary>
        public FaultException<OrganizationServiceFault> AbortedBy { get; private set; }

        public bool IsAborted => AbortedBy != null;

        public void Journal(Action undoAction) => undo.Add(undoAction);

        public void Abort(FaultException<OrganizationServiceFault> cause)
        {
            if (AbortedBy == null)
            {
                AbortedBy = cause;
            }
        }

        public void Rollback()
        {
            for (var i = undo.Count - 1; i >= 0; i--)
            {
                undo[i]();
            }

            undo.Clear();
        }
    }
}
