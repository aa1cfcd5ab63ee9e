using System;
using Dataverse.TestKit.Storage;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// Runs a whole plug-in or activity as one database transaction, holding the organization lock throughout
    /// (the platform's stage 20-40 and real-time workflow behaviour): any exception rolls back every write made during
    /// the run, whichever service made it; a nested failure the code swallowed fails the run.
    /// </summary>
    internal static class TransactionScope
    {
        public static T Run<T>(OrganizationEngine engine, bool inTransaction, Func<T> body)
        {
            if (!inTransaction)
            {
                return body();
            }

            lock (engine.Sync)
            {
                if (engine.Store.CurrentTransaction != null)
                {
                    throw new InvalidOperationException("A direct run cannot start inside another request's transaction.");
                }

                var transaction = new Transaction();
                engine.Store.CurrentTransaction = transaction;
                try
                {
                    var result = body();
                    if (transaction.IsAborted)
                    {
                        throw OrganizationEngine.TransactionAbortedFault();
                    }

                    return result;
                }
                catch
                {
                    transaction.Rollback();
                    throw;
                }
                finally
                {
                    engine.Store.CurrentTransaction = null;
                }
            }
        }
    }
}
